import { it, expect } from 'vitest';
import { staircaseModel as model } from '../../src/models';
import { scoreStaircase } from '../../src/lib/scoring/staircase';
import { describeStaircase } from '../../src/lib/scoring/staircase-text';
it('try', () => {
  for (const a of [{}, { malgrupp: 'skora', insatskedja: 'glapp', resurser: 'nagra-moten', ambition: 'nytt-helhetsansvar', form: 'multikompetenta-team', samspel: 'nej', mandat: 'vet-inte', kontinuitet: 'delvis' }, { malgrupp: 'vet-inte', insatskedja: 'vet-inte', form: 'inget-beslutat' }, {malgrupp:'flera-kontakter', resurser:'heltidstjanster', form:'arbetsgrupper-heltid'}]) {
    const t = describeStaircase(model, scoreStaircase(model, a));
    console.log(JSON.stringify(t, null, 1));
  }
  expect(1).toBe(1);
});
