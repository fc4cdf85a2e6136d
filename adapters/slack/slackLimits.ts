/** Slack's Block Kit limits (docs.slack.dev block and element references); staying under them avoids invalid_blocks. */
export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  headerText: 150,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 3000,
} as const;

export const ACTION_DETAILS = 'sts_details';
export const ACTION_SHARE = 'sts_share';
/** "More about <program>": the full profile of the program in the button value. */
export const ACTION_MORE = 'sts_more';
