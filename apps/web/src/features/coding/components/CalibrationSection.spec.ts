// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const gqlRequest = vi.fn();
vi.mock('../../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../api/client')>()),
  gqlRequest: (...args: unknown[]) => gqlRequest(...args),
}));

const { default: CalibrationSection } = await import('./CalibrationSection.vue');
const { ApiError } = await import('../../../api/client');

const opName = (doc: unknown) =>
  JSON.stringify(doc).includes('startCalibration') ? 'StartCalibration' : 'LatestCalibration';

const finished = {
  id: 'r1',
  status: 'SUCCEEDED',
  progress: 1,
  error: null,
  provider: 'offline',
  coder: 'offline-coder',
  sampleSize: 100,
  sampledUnits: 60,
  createdAt: '2026-12-05T10:00:00.000Z',
  finishedAt: '2026-12-05T10:01:00.000Z',
  result: {
    units: 60,
    minSharedUnits: 10,
    enough: true,
    observed: 0.9,
    cohensKappa: 0.64,
    perCode: [
      { codeId: 'c1', codeName: 'Learning curve', units: 60, humanUses: 30, coderUses: 28, observed: 0.86, cohensKappa: 0.71, precision: 0.82, recall: 0.77, enough: true },
      { codeId: 'c2', codeName: 'Pricing', units: 60, humanUses: 4, coderUses: 2, observed: 0.95, cohensKappa: 0.3, precision: 0.5, recall: 0.25, enough: false },
    ],
  },
};

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  gqlRequest.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('CalibrationSection', () => {
  it('explains itself and says there is no calibration yet', async () => {
    gqlRequest.mockResolvedValue({ latestCalibration: null });
    const w = mount(CalibrationSection, { props: { studyId: 's1' } });
    await flushPromises();
    expect(w.text()).toContain('Calibrate the model coder');
    expect(w.text()).toContain('without seeing your codes');
    expect(w.get('[data-testid="calibration-none"]').text()).toContain('No calibration yet');
  });

  it('starts a run with the chosen sample size, shows progress, then the per-code sentences and table', async () => {
    const running = { ...finished, status: 'RUNNING', progress: 0.4, result: null, finishedAt: null };
    let reads = 0;
    gqlRequest.mockImplementation((doc: unknown, vars: Record<string, unknown>) => {
      if (opName(doc) === 'StartCalibration') {
        expect(vars).toEqual({ studyId: 's1', provider: 'offline', sampleSize: 200 });
        return Promise.resolve({ startCalibration: { id: 'r1' } });
      }
      reads++;
      return Promise.resolve({ latestCalibration: reads === 1 ? null : reads === 2 ? running : finished });
    });
    const w = mount(CalibrationSection, { props: { studyId: 's1' } });
    await flushPromises();
    await w.findAll('select')[1]!.setValue('200');
    await w.get('[data-testid="calibration-start"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="calibration-progress"]').attributes('aria-valuenow')).toBe('40');
    await vi.advanceTimersByTimeAsync(1100);
    await flushPromises();
    const result = w.get('[data-testid="calibration-result"]');
    expect(result.text()).toContain(
      "The model agrees with you well on 'Learning curve' (κ 0.71, 60 units, substantial).",
    );
    expect(result.text()).toContain("Too few units to say for 'Pricing' (4)");
    expect(result.text()).toContain('kappa 0.64');
    expect(result.text()).toContain('Last calibration:');
    const rows = result.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()));
    expect(rows[0]).toEqual(['Learning curve', '0.71', '60', '30', '28', '86%', '82%', '77%']);
    expect(rows[1]![1]).toBe('too few');
  });

  it('shows the server’s sentence when a start is refused, and a failed run’s reason', async () => {
    gqlRequest.mockImplementation((doc: unknown) =>
      opName(doc) === 'StartCalibration'
        ? Promise.reject(new ApiError('BAD_USER_INPUT', 'Code some passages first: a calibration compares the model with the coding people did.'))
        : Promise.resolve({ latestCalibration: { ...finished, status: 'FAILED', result: null, error: 'Over the token budget.' } }),
    );
    const w = mount(CalibrationSection, { props: { studyId: 's1' } });
    await flushPromises();
    expect(w.text()).toContain('Over the token budget.');
    await w.get('[data-testid="calibration-start"]').trigger('click');
    await flushPromises();
    expect(w.text()).toContain('Code some passages first');
  });
});
