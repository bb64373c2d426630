/**
 * Keeps Tab inside a dialog or drawer: from its last focusable element Tab goes to the first, and
 * Shift+Tab from the first goes to the last (also when focus has left the container).
 */
export function keepTabInside(
  event: KeyboardEvent,
  container: HTMLElement | null | undefined,
  items: readonly HTMLElement[],
): void {
  if (event.key !== 'Tab' || items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const current = document.activeElement;
  const outside = !container?.contains(current);
  if (event.shiftKey && (current === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (current === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
