import { z } from 'zod';

/** Every fact we show must be traceable, so sources are required, absolute http(s) URLs. */
export const SourceUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, 'must be an absolute http(s) URL (the page the fact comes from)');

const Text = z.string().trim().min(1, 'must not be empty');

/**
 * A fact is a sentence in our own words with its source. `unconfirmed` marks what the research
 * flags as uncertain: renderers show it as unconfirmed instead of stating it as certain.
 */
export const FactSchema = z.strictObject({
  text: Text,
  source: SourceUrl,
  status: z.enum(['confirmed', 'unconfirmed']).default('confirmed'),
});

export const RatingLevel = z.enum(['1', '2', '3', '4', '5', 'NR']);
export const RelevanceLevel = z.enum(['High', 'Medium', 'Low']);
export const FormatTag = z.enum(['online', 'in-person', 'group', 'individual', 'self-guided']);

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "cft-sts"');

export const ProgramSchema = z.strictObject({
  id: Slug,
  name: Text,
  shortName: Text,
  /** Other names, abbreviations and spellings people type; matched with typo tolerance. */
  aliases: z.array(Text).min(1, 'list at least one alias or abbreviation'),
  overview: z.strictObject({ quote: Text, attribution: Text, source: SourceUrl }),
  rating: z.strictObject({ level: RatingLevel, source: SourceUrl }),
  relevance: z.strictObject({ level: RelevanceLevel, source: SourceUrl }),
  cebcPage: z.strictObject({
    url: SourceUrl,
    /** `topic` when the program's own CEBC page could not be confirmed and we link the topic page. */
    kind: z.enum(['program', 'topic']),
  }),
  website: z
    .strictObject({ url: SourceUrl, label: Text, source: SourceUrl, status: FactSchema.shape.status })
    .optional(),
  developer: z.array(FactSchema),
  audience: z.strictObject({
    facts: z.array(FactSchema),
    /** Words staff use for who it is for (e.g. "caseworkers", "foster families"); used by filters. */
    tags: z.array(Text),
  }),
  format: z.strictObject({ facts: z.array(FactSchema), tags: z.array(FormatTag) }),
  length: z.strictObject({
    facts: z.array(FactSchema),
    /** Total hours of contact time, when known. */
    contactHours: z.number().positive().optional(),
    /** Calendar days from start to end, when known. */
    spanDays: z.number().positive().optional(),
    ongoing: z.boolean().default(false),
  }),
  deliveredBy: z.array(FactSchema),
  components: z.strictObject({ heading: Text, items: z.array(FactSchema) }).optional(),
  research: z.array(FactSchema),
  measures: z.array(FactSchema),
  notes: z.array(FactSchema).default([]),
  /** Topic words a question may contain (e.g. "shame", "nervous system"). */
  topics: z.array(Text).min(1),
});

export const GlossaryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: Text,
  /** Phrases that ask for this entry ("what is sts", "secondary trauma"). Lower case. */
  triggers: z.array(Text).min(1),
  summary: Text,
  points: z.array(FactSchema).default([]),
  sources: z.array(SourceUrl).min(1),
});

export const RatingScaleLevelSchema = z.strictObject({
  level: RatingLevel,
  /** The level's name as the CEBC topic page lists it (confirmed for all six levels). */
  name: Text,
  shortName: Text,
  /** Our plain-words description of the level's criteria. */
  meaning: Text,
  /** Status of `meaning`, not of the name: the research confirms the criteria of levels 1 and 2 only. */
  status: FactSchema.shape.status,
  source: SourceUrl,
});

export const RelevanceLevelSchema = z.strictObject({
  level: RelevanceLevel,
  meaning: Text,
  source: SourceUrl,
});

export const GlossarySchema = z.strictObject({
  entries: z.array(GlossaryEntrySchema).min(1),
  ratingScale: z.strictObject({
    summary: Text,
    source: SourceUrl,
    levels: z.array(RatingScaleLevelSchema).length(6, 'list all six levels: 1, 2, 3, 4, 5 and NR'),
  }),
  relevanceLevels: z.strictObject({
    summary: Text,
    source: SourceUrl,
    levels: z.array(RelevanceLevelSchema).length(3, 'list High, Medium and Low'),
  }),
});

export const TopicSchema = z.strictObject({
  name: Text,
  url: SourceUrl,
  definition: Text,
  targetPopulation: Text,
  servicesThatFit: Text,
  deliveredBy: Text,
  inclusionCriteria: Text,
  ratingCriteria: Text,
  about: Text,
});

export const CrisisResourceSchema = z.strictObject({
  name: Text,
  /** How to reach it, one short line each ("Call or text 988"). */
  how: z.array(Text).min(1),
  detail: Text,
  url: SourceUrl.optional(),
  source: SourceUrl,
});

const Sources = z.array(SourceUrl).min(1, 'name at least one source for these lines');

/** Every word the safety answers show, in one language; the same shape in English and Spanish. */
export const CrisisTextsSchema = z.strictObject({
  /** The crisis answer's heading: it must not assume who is at risk. */
  heading: Text,
  intro: Text,
  /** Near the top of every crisis answer: this is a bot, not a person or a crisis service. */
  botNotice: Text,
  /** 988 first, then Crisis Text Line, then 911. */
  resources: z.array(CrisisResourceSchema).min(3),
  groundingStep: Text,
  disclaimer: Text,
  /** The one line every answer ends with. */
  footer: Text,
  eapLabel: Text,
  moreHelp: Text,
  imminent: z.strictObject({ title: Text, first: Text, stay: Text, sources: Sources }),
  someoneElse: z.strictObject({
    title: Text,
    urgent: Text,
    intro: Text,
    steps: z.array(z.strictObject({ name: Text, text: Text })).length(5),
    protocol: Text,
    selfCare: Text,
    sources: Sources,
  }),
  distress: z.strictObject({
    title: Text,
    acknowledgement: Text,
    groundingStep: Text,
    signs: z.strictObject({ label: Text, url: SourceUrl }),
    people: Text,
    lines: Text,
    offer: Text,
    sources: Sources,
  }),
});

export const CrisisSchema = CrisisTextsSchema.extend({ es: CrisisTextsSchema });

export const TipPractice = z.enum([
  'grounding',
  'resourcing',
  'tracking',
  'gesturing',
  'help-now',
  'shift-and-stay',
  'self-compassion-break',
  'pause-reset-nourish',
  'end-of-day-transition',
  'boundaries',
  'peer-support',
  'supervision',
  'gratitude',
  'basics',
  'workload-pacing',
  'breathing',
  'agency-support',
  'know-the-signs',
  'self-check',
]);

/** Who a tip speaks to: every member of staff, or people who supervise or lead them. */
export const TipAudience = z.enum(['everyone', 'supervisors']);

export const TipSchema = z.strictObject({
  id: z.string().regex(/^tip-\d{2,3}$/, 'must look like "tip-07"'),
  text: Text.max(320, 'keep a tip under 320 characters so it fits a phone screen'),
  practice: TipPractice,
  audience: TipAudience,
  programId: z.string().optional(),
  source: SourceUrl,
});

export const TipsSchema = z.strictObject({ tips: z.array(TipSchema).min(1) });

/**
 * A program, assessment or toolkit people ask about that is not one of the topic's five rated
 * programs. Only what the research supports; `cebcStatus` says what is known of its place on the CEBC.
 */
export const OutsideProgramSchema = z.strictObject({
  id: Slug,
  name: Text,
  kind: z.enum(['program', 'program-component', 'assessment', 'toolkit']),
  /** Abbreviations, spellings and names people type; matched like program aliases. */
  aliases: z.array(Text).min(1, 'list at least one alias or abbreviation'),
  /** What the research says about it and the CEBC (e.g. "has a CEBC page; topic and rating not confirmed"). */
  cebcStatus: FactSchema,
  facts: z.array(FactSchema),
  /** The page that best describes it: its CEBC page when one exists. */
  source: SourceUrl,
  /** Rated programs in this topic it is built on or close to, with the reason in `facts`. */
  relatedProgramIds: z.array(z.string()).default([]),
});

export const OutsideProgramsSchema = z.strictObject({
  /** Where to send people to look a program up on the CEBC themselves. */
  cebcSearch: z.strictObject({ url: SourceUrl, label: Text }),
  programs: z.array(OutsideProgramSchema).min(1),
});

export type Fact = z.infer<typeof FactSchema>;
export type Program = z.infer<typeof ProgramSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Crisis = z.infer<typeof CrisisSchema>;
export type CrisisTexts = z.infer<typeof CrisisTextsSchema>;
export type Tip = z.infer<typeof TipSchema>;
export type TipAudienceT = z.infer<typeof TipAudience>;
export type OutsideProgram = z.infer<typeof OutsideProgramSchema>;
export type OutsidePrograms = z.infer<typeof OutsideProgramsSchema>;
export type RatingLevelT = z.infer<typeof RatingLevel>;
export type RelevanceLevelT = z.infer<typeof RelevanceLevel>;
export type FormatTagT = z.infer<typeof FormatTag>;
