// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import AgreementResult, { type AgreementFigures } from './AgreementResult.vue';

const base: AgreementFigures = {
  units: 20,
  sharedUnits: 10,
  minSharedUnits: 10,
  enough: true,
  observed: 0.9,
  cohensKappa: 0.8,
  perCode: [
    { codeId: 'c1', codeName: 'Speed', units: 10, observed: 0.9, cohensKappa: 0.8 },
    { codeId: 'c2', codeName: 'Price', units: 10, observed: 0.5, cohensKappa: -0.04 },
  ],
};

describe('AgreementResult', () => {
  it('says in words that there are too few shared passages instead of showing a kappa', () => {
    const w = mount(AgreementResult, {
      props: { result: { ...base, sharedUnits: 0, units: 0, enough: false, cohensKappa: -0.04 } },
    });
    expect(w.get('[data-testid="agreement-too-few"]').text()).toBe(
      'Too few to say: These two coders have not coded any of the same passages; agreement needs at least 10 passages coded by both before a kappa means anything.',
    );
    expect(w.text()).not.toContain('-0.04');
    expect(w.text()).not.toContain('poor agreement');
    expect(w.find('.stats').exists()).toBe(false);
    const one = mount(AgreementResult, {
      props: { result: { ...base, sharedUnits: 1, enough: false } },
    });
    expect(one.get('[data-testid="agreement-too-few"]').text()).toContain(
      'both coded only 1 passage;',
    );
  });

  it('explains the figure with its Landis & Koch band, overall and per code', () => {
    const w = mount(AgreementResult, { props: { result: base } });
    expect(w.get('[data-testid="agreement-sentence"]').text()).toBe(
      'On the 10 passages both coders coded, they made the same call on 90% of (passage × code) decisions. Corrected for agreement expected by chance, kappa is 0.80: substantial agreement (Landis & Koch: 0.61–0.80).',
    );
    const codes = w.findAll('.per-code li').map((li) => li.text());
    expect(codes[0]).toContain(
      'Speed: substantial (0.80) — they mostly apply it to the same passages.',
    );
    expect(codes[1]).toContain(
      'Price: poor (-0.04) — they agree less often than two coders guessing at random would.',
    );
    expect(w.text()).toContain('almost perfect (0.81–1)');
    expect(w.text()).toContain('Only passages both coders coded count');
  });
});
