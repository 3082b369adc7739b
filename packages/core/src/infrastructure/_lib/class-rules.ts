import { parseWithSchema } from '../../_internal/zod-issues.js';
import { BilateralError } from '../../errors/index.js';
import {
  AUDIENCES,
  type Audience,
  type Authority,
  type ClassificationSystem,
  type CrossingClass,
  type GoodsKind,
  parseClassificationSystem,
} from '../classification-system.js';
import type { ClassRule } from '../classify-crossing.js';
import { type CrossingAttributes, CrossingAttributesSchema } from '../crossing-attributes.js';
import { classIssue } from './systems.js';

const AUDIENCE_TEXT: Readonly<Record<Audience, string>> = {
  'third-country-nationals': 'third-country nationals',
  'citizens-of-both-countries': 'citizens of both countries',
  'border-province-residents': 'residents of the border provinces',
  'border-residents': 'border residents',
};

const GOODS_TEXT: Readonly<Record<GoodsKind, string>> = {
  'import-export': 'import and export goods',
  'border-trade': 'border trade',
  'border-resident-exchange': "border residents' exchange of goods",
};

const AUTHORITY_TEXT: Readonly<Record<Authority, string>> = {
  'national-government': 'the national government',
  'provincial-authority-with-national-approval':
    "the provincial authority with the national government's approval",
  'provincial-authority': 'the provincial authority',
};

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

/** Validates a system and a set of attributes for classification (attributes' paths are relative). */
export function prepare(
  attributes: unknown,
  system: unknown,
): { attributes: CrossingAttributes; system: ClassificationSystem } {
  const checkedSystem = parseClassificationSystem(system);
  const checked = parseWithSchema(CrossingAttributesSchema, attributes, 'INVALID_INPUT');
  const issue = classIssue(checked.partOfGateClass, checkedSystem.country, checkedSystem, [
    'partOfGateClass',
  ]);
  if (issue !== undefined) throw new BilateralError('UNKNOWN_CLASS', [issue]);
  return { attributes: checked, system: checkedSystem };
}

/** Evaluates the rules of `cls` against `attributes`; a class admits them when all pass. */
export function evaluateClassRules(
  system: ClassificationSystem,
  cls: CrossingClass,
  attributes: CrossingAttributes,
): ClassRule[] {
  const name = cls.names.en;
  const rules: ClassRule[] = [];
  const rule = (key: string, text: string, passed: boolean) => {
    rules.push({ id: `${system.country}/${cls.id}/${key}`, class: cls.id, text, passed });
  };

  const extra = attributes.crossers.filter((who) => !cls.crossers.includes(who));
  rule(
    'crossers-allowed',
    `${name}: only ${cls.crossers.length === 0 ? 'goods vehicles' : list(cls.crossers.map((who) => AUDIENCE_TEXT[who]))} may cross` +
      (extra.length === 0
        ? ''
        : `; recorded as open to ${list(extra.map((who) => AUDIENCE_TEXT[who]))}`),
    extra.length === 0,
  );

  if (cls.cargoOnly === true) {
    rule('cargo-only', `${name}: goods vehicles only`, attributes.cargoOnly === true);
  } else {
    const widest = AUDIENCES.find((who) => cls.crossers.includes(who));
    if (widest !== undefined) {
      rule(
        'widest-crosser',
        `${name}: the class is defined by admitting ${AUDIENCE_TEXT[widest]}`,
        attributes.crossers.includes(widest),
      );
    }
    if (attributes.cargoOnly === true) {
      rule('not-cargo-only', `${name}: not a goods-only lane`, false);
    }
  }

  if (cls.goods !== undefined) {
    const allowed = cls.goods.map((allowance) => allowance.kind);
    const refused = attributes.goods.filter((kind) => !allowed.includes(kind));
    rule(
      'goods-allowed',
      `${name}: goods allowed are ${list(allowed.map((kind) => GOODS_TEXT[kind]))}` +
        (refused.length === 0
          ? ''
          : `; recorded with ${list(refused.map((kind) => GOODS_TEXT[kind]))}`),
      refused.length === 0,
    );
    for (const allowance of cls.goods) {
      if (
        allowance.requires !== 'provincial-listing' ||
        !attributes.goods.includes(allowance.kind)
      ) {
        continue;
      }
      rule(
        `goods-condition/${allowance.kind}`,
        `${name}: ${GOODS_TEXT[allowance.kind]} only where the province lists the crossing for it${allowance.note === undefined ? '' : ` (${allowance.note})`}`,
        attributes.provincialListing === true,
      );
    }
  }

  if (cls.partOf !== undefined) {
    rule(
      'part-of',
      `${name}: belongs to a gate of class ${cls.partOf.join(' or ')}`,
      attributes.partOfGateClass !== undefined && cls.partOf.includes(attributes.partOfGateClass),
    );
  } else if (attributes.partOfGateClass !== undefined) {
    rule('standalone', `${name}: a gate of its own, not part of another gate`, false);
  }

  if (cls.openedBy !== undefined && attributes.openedBy !== undefined) {
    rule(
      'opened-by',
      `${name}: opened by ${AUTHORITY_TEXT[cls.openedBy]}`,
      attributes.openedBy === cls.openedBy,
    );
  }
  return rules;
}
