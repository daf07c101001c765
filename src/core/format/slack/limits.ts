/**
 * Slack message limits the formatter stays within. Lengths are counted in
 * UTF-16 code units (JavaScript `.length`), which is never less than the
 * character count Slack applies, so staying under them is safe.
 */

/** Blocks per message (docs.slack.dev/reference/block-kit/blocks: "up to 50 blocks in each message"). */
export const MAX_BLOCKS = 50;

/** Header block text: plain_text, max 150 characters (Block Kit reference, header block). */
export const HEADER_TEXT_MAX = 150;

/** Section block `text`: max 3000 characters (Block Kit reference, section block). */
export const SECTION_TEXT_MAX = 3000;

/** Context block: max 10 elements (Block Kit reference, context block); each text object ≤ 3000. */
export const CONTEXT_ELEMENTS_MAX = 10;
export const CONTEXT_TEXT_MAX = 3000;

/** Button: text max 75 characters, url max 3000 (Block Kit reference, button element). */
export const BUTTON_TEXT_MAX = 75;
export const URL_MAX = 3000;

/**
 * The whole `blocks` array, as JSON. Slack enforces an undocumented total and
 * answers msg_blocks_too_long at about 13,200 characters (slackapi/bolt-js
 * #2509; #2867 shows even 11,341 counted text characters rejected once the
 * block containers are added). Measuring the full JSON and keeping it to
 * 10,000 stays well under that.
 */
export const BLOCKS_JSON_BUDGET = 10_000;
