import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  AUDIENCES,
  CLASSIFICATION_SYSTEMS,
  type ClassificationSystem,
  type CrossingAttributes,
  type CrossingClass,
  checkCrossingClass,
  classifyCrossing,
  LAOS_CHECKPOINT_SYSTEM,
  VIETNAM_BORDER_GATE_SYSTEM,
} from './index.js';

/** The attributes that a crossing of exactly this class has. */
function attributesOf(cls: CrossingClass): CrossingAttributes {
  const goods = (cls.goods ?? [])
    .filter((allowance) => allowance.requires === undefined)
    .map((allowance) => allowance.kind);
  return {
    crossers: [...cls.crossers],
    goods,
    ...(cls.cargoOnly === true ? { cargoOnly: true } : {}),
    ...(cls.partOf?.[0] === undefined ? {} : { partOfGateClass: cls.partOf[0] }),
    ...(cls.openedBy === undefined ? {} : { openedBy: cls.openedBy }),
  };
}

const everyClass: [string, ClassificationSystem, CrossingClass][] = CLASSIFICATION_SYSTEMS.flatMap(
  (system) =>
    system.classes.map(
      (cls) =>
        [`${system.country}/${cls.id}`, system, cls] as [
          string,
          ClassificationSystem,
          CrossingClass,
        ],
    ),
);

describe('classifyCrossing — every class of every system', () => {
  it('covers the three systems and their classes', () => {
    expect(everyClass.map(([name]) => name)).toEqual([
      'VNM/international',
      'VNM/main',
      'VNM/secondary',
      'VNM/opening',
      'VNM/clearance-lane',
      'LAO/international',
      'LAO/local',
      'LAO/traditional',
      'CHN/class-1-port',
      'CHN/class-2-port',
      'CHN/border-resident-trade-point',
    ]);
  });

  it.each(everyClass)(
    '%s: a crossing with its permissions qualifies for it',
    (_name, system, cls) => {
      const result = classifyCrossing(attributesOf(cls), system);
      expect(result.class).toBe(cls.id);
      expect(result.country).toBe(system.country);
      expect(result.decidedBy.length).toBeGreaterThan(0);
      expect(result.decidedBy.every((rule) => rule.passed && rule.class === cls.id)).toBe(true);
      expect(result.decidedBy.map((rule) => rule.id)).toContain(
        `${system.country}/${cls.id}/crossers-allowed`,
      );
      for (const rule of result.rules) {
        expect(rule.id).toMatch(/^[A-Z]{3}\/[a-z0-9-]+\/[a-z0-9/-]+$/);
        expect(rule.text.length).toBeGreaterThan(10);
      }
      // Every class tried before it failed at least one rule.
      const before = system.classes.slice(0, system.classes.indexOf(cls)).map((c) => c.id);
      for (const id of before) {
        expect(result.rules.some((rule) => rule.class === id && !rule.passed)).toBe(true);
      }
    },
  );

  it.each(everyClass)(
    '%s: the recorded class is consistent with its own permissions',
    (_name, system, cls) => {
      const check = checkCrossingClass(cls.id, attributesOf(cls), system);
      expect(check.consistent).toBe(true);
      expect(check.failed).toEqual([]);
      expect(check.qualifiesAs).toBe(cls.id);
    },
  );

  it.each(everyClass.filter(([, , cls]) => !cls.crossers.includes('third-country-nationals')))(
    '%s: recorded as open to third-country nationals is flagged',
    (_name, system, cls) => {
      const attributes = attributesOf(cls);
      const check = checkCrossingClass(
        cls.id,
        { ...attributes, crossers: ['third-country-nationals', ...attributes.crossers] },
        system,
      );
      expect(check.consistent).toBe(false);
      expect(check.failed.map((rule) => rule.id)).toContain(
        `${system.country}/${cls.id}/crossers-allowed`,
      );
      expect(check.qualifiesAs).not.toBe(cls.id);
    },
  );
});

describe('classifyCrossing — the rules that decide', () => {
  it('a gate open to third-country nationals is international, not main', () => {
    const result = classifyCrossing(
      { crossers: [...AUDIENCES], goods: ['import-export'] },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(result.class).toBe('international');
    expect(result.text).toBe(
      'qualifies as international (international border gate) under vnm-land-border-gates',
    );
  });

  it('citizens of both countries without third-country nationals make a main gate', () => {
    const result = classifyCrossing(
      {
        crossers: ['citizens-of-both-countries', 'border-province-residents', 'border-residents'],
        goods: ['import-export'],
      },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(result.class).toBe('main');
    expect(result.rules.filter((rule) => !rule.passed).map((rule) => rule.id)).toEqual([
      'VNM/international/widest-crosser',
    ]);
  });

  it('border trade at an opening needs the province to list it (Art. 54)', () => {
    const listed = classifyCrossing(
      { crossers: ['border-residents'], goods: ['border-trade'], provincialListing: true },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(listed.class).toBe('opening');
    expect(listed.decidedBy.map((rule) => rule.id)).toContain(
      'VNM/opening/goods-condition/border-trade',
    );
    const unlisted = classifyCrossing(
      { crossers: ['border-residents'], goods: ['border-trade'] },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(unlisted.class).toBeUndefined();
    expect(unlisted.text).toBe('qualifies for no class of vnm-land-border-gates');
    const failed = unlisted.rules.find(
      (rule) => rule.id === 'VNM/opening/goods-condition/border-trade',
    );
    expect(failed?.passed).toBe(false);
    expect(failed?.text).toContain('Art. 54');
  });

  it('import-export goods are not allowed through an opening', () => {
    const check = checkCrossingClass(
      'opening',
      { crossers: ['border-residents'], goods: ['import-export'] },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(check.failed.map((rule) => rule.id)).toEqual(['VNM/opening/goods-allowed']);
    expect(check.qualifiesAs).toBeUndefined();
  });

  it('a clearance lane must belong to an international or main gate', () => {
    const lane: CrossingAttributes = { crossers: [], goods: ['import-export'], cargoOnly: true };
    expect(
      classifyCrossing({ ...lane, partOfGateClass: 'main' }, VIETNAM_BORDER_GATE_SYSTEM).class,
    ).toBe('clearance-lane');
    const ofSecondary = checkCrossingClass(
      'clearance-lane',
      { ...lane, crossers: [], goods: ['import-export'], partOfGateClass: 'secondary' },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(ofSecondary.failed.map((rule) => rule.id)).toEqual(['VNM/clearance-lane/part-of']);
    const alone = checkCrossingClass(
      'clearance-lane',
      { ...lane, crossers: [], goods: ['import-export'] },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(alone.consistent).toBe(false);
  });

  it('a gate cannot be a lane of another gate, nor a goods-only lane', () => {
    const check = checkCrossingClass(
      'main',
      {
        crossers: ['citizens-of-both-countries'],
        goods: [],
        cargoOnly: true,
        partOfGateClass: 'international',
      },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(check.failed.map((rule) => rule.id)).toEqual([
      'VNM/main/not-cargo-only',
      'VNM/main/standalone',
    ]);
  });

  it("the opening authority, when recorded, must be the class's", () => {
    const check = checkCrossingClass(
      'international',
      { crossers: [...AUDIENCES], goods: [], openedBy: 'provincial-authority' },
      VIETNAM_BORDER_GATE_SYSTEM,
    );
    expect(check.failed.map((rule) => rule.id)).toEqual(['VNM/international/opened-by']);
    expect(check.text).toContain('inconsistent');
  });

  it('Laos: citizens of the two neighbours make a local checkpoint, residents a traditional one', () => {
    expect(
      classifyCrossing(
        { crossers: ['citizens-of-both-countries'], goods: [] },
        LAOS_CHECKPOINT_SYSTEM,
      ).class,
    ).toBe('local');
    expect(
      classifyCrossing(
        { crossers: ['border-residents'], goods: ['border-trade'] },
        LAOS_CHECKPOINT_SYSTEM,
      ).class,
    ).toBe('traditional');
  });

  it('a crossing nobody may use and that is no lane qualifies for nothing', () => {
    expect(
      classifyCrossing({ crossers: [], goods: [] }, LAOS_CHECKPOINT_SYSTEM).class,
    ).toBeUndefined();
  });
});

describe('classifyCrossing / checkCrossingClass — bad input', () => {
  it('refuses malformed attributes with INVALID_INPUT naming the field', () => {
    const attempt = () =>
      classifyCrossing(
        { crossers: ['tourists'], goods: [] } as unknown as CrossingAttributes,
        VIETNAM_BORDER_GATE_SYSTEM,
      );
    expect(attempt).toThrowError(BilateralError);
    expect(attempt).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['crossers', 0] })],
      }),
    );
  });

  it('refuses a partOfGateClass the system lacks with UNKNOWN_CLASS', () => {
    expect(() =>
      classifyCrossing(
        { crossers: [], goods: [], cargoOnly: true, partOfGateClass: 'class-1-port' },
        VIETNAM_BORDER_GATE_SYSTEM,
      ),
    ).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_CLASS',
        issues: [expect.objectContaining({ path: ['partOfGateClass'] })],
      }),
    );
  });

  it('refuses a recorded class the system lacks with UNKNOWN_CLASS at "class"', () => {
    expect(() =>
      checkCrossingClass('local', { crossers: [], goods: [] }, VIETNAM_BORDER_GATE_SYSTEM),
    ).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_CLASS',
        issues: [
          {
            path: ['class'],
            message:
              '"local" is not a class of vnm-land-border-gates (international, main, secondary, opening, clearance-lane)',
          },
        ],
      }),
    );
  });

  it('refuses a malformed system', () => {
    expect(() =>
      classifyCrossing({ crossers: [], goods: [] }, { id: 'x' } as unknown as ClassificationSystem),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
