import { ScoringModel } from '../model';
import type { ActivityCriterion, ActivityType, BantCriterion, KeywordCriterion, ScorePart, ScoringCriterion } from '../model';
import type { CustomRule } from '../model';
import { parseCompanySize } from './company-size';
import { compileDomainMatcher } from './email-domain';
import { compileMatcher, normalizeText } from './keywords';
import { memoize } from './memoize';
import { compileRule, type LeadPredicate } from './rules';

const COMPILED = Symbol('compiled scoring model');

/** Text → the first criterion of an ordered list that matches it. */
export type Classifier = (text: string) => ScoringCriterion | undefined;

/** A model with its keyword tables turned into regexes and its rules into predicates. */
export interface CompiledModel {
  readonly [COMPILED]: true;
  readonly model: ScoringModel;
  /** Part weights and their sum: a part's share of the total is weight / weightSum. */
  readonly weights: Readonly<Record<ScorePart, number>>;
  readonly weightSum: number;
  readonly seniorityOf: Classifier;
  readonly industryOf: Classifier;
  readonly locationOf: Classifier;
  readonly sizeOf: Classifier;
  readonly isFreeMail: (domain: string) => boolean;
  readonly custom: readonly { readonly rule: CustomRule; readonly matches: LeadPredicate }[];
  /** Engagement criteria in model order, and each activity type's position in that list. */
  readonly activities: readonly ActivityCriterion[];
  readonly activityIndex: ReadonlyMap<ActivityType, number>;
  readonly bant: readonly BantCriterion[];
}

export function isCompiledModel(model: ScoringModel | CompiledModel): model is CompiledModel {
  return COMPILED in model;
}

function keywordClassifier(list: readonly KeywordCriterion[]): Classifier {
  const compiled = list.map((c) => ({ criterion: c, matches: compileMatcher(c.keywords, c.unless) }));
  return memoize((text) => {
    const normalized = normalizeText(text);
    return compiled.find((entry) => entry.matches(normalized))?.criterion;
  });
}

/**
 * Validates a model and precompiles it once, so re-scoring every lead builds no regex and
 * parses nothing twice. Throws a ZodError on an invalid model. Treat the model as immutable.
 */
export function compileModel(raw: ScoringModel): CompiledModel {
  const model = ScoringModel.parse(raw);
  const { weights, fit } = model;
  return {
    [COMPILED]: true,
    model,
    weights,
    weightSum: weights.fit + weights.engagement + weights.qualification,
    seniorityOf: keywordClassifier(fit.seniority),
    industryOf: keywordClassifier(fit.industries),
    locationOf: keywordClassifier(fit.locations),
    sizeOf: memoize((text) => {
      const size = parseCompanySize(text);
      return size === undefined ? undefined : fit.companySizes.find((b) => size >= b.min && size <= (b.max ?? Infinity));
    }),
    isFreeMail: memoize(compileDomainMatcher(fit.freeMail.domains)),
    custom: fit.custom.map((rule) => ({ rule, matches: compileRule(rule) })),
    activities: model.engagement.activities,
    activityIndex: new Map(model.engagement.activities.map((a, i): [ActivityType, number] => [a.type, i])),
    bant: model.qualification.bant,
  };
}

// Callers that pass the raw model on every call still compile it once per model object.
const cache = new WeakMap<ScoringModel, CompiledModel>();

/** The compiled form of either kind of model. */
export function toCompiledModel(model: ScoringModel | CompiledModel): CompiledModel {
  if (isCompiledModel(model)) return model;
  let compiled = cache.get(model);
  if (!compiled) {
    compiled = compileModel(model);
    cache.set(model, compiled);
  }
  return compiled;
}
