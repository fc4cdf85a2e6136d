import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySafety } from '../../src/safety/classifySafety.js';
import { loadRiskModel, scoreRisk } from '../../src/safety/model/riskModel.js';
import { trainRiskModel } from './trainRiskModel.js';

describe('the risk model', () => {
  const model = loadRiskModel();

  it('is exactly what training on the tuning sets gives (nobody edits it by hand; npm run train:safety)', () => {
    const shipped: unknown = JSON.parse(
      readFileSync(new URL('../../content/safety/risk-model.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(trainRiskModel());
  });

  it('reads wordings no rule names, and leaves everyday questions alone', () => {
    expect(scoreRisk(model, 'which programs are online for my unit').tier).toBe('none');
    expect(classifySafety('wanna go to sleep and not respawn').tier).toBe('crisis');
    expect(classifySafety('what does cws relevance mean').tier).toBe('none');
  });

  it('never overrides a reassurance the rules read', () => {
    expect(classifySafety("i'm not suicidal, just tired of this caseload").tier).toBe('none');
    expect(classifySafety('no quiero morir, solo estoy cansada').tier).toBe('none');
  });

  it('fails with a message that says what to run when the model file is broken', () => {
    const file = join(tmpdir(), `risk-model-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ tiers: ['crisis'] }));
    expect(() => loadRiskModel(file)).toThrow(/npm run train:safety/);
  });
});
