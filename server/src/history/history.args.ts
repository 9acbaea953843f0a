/** Public API: what Instrument.history and Provision.history say they give (one text for both). */
export const HISTORY =
  'Where this text came from and what became of it: the ADOPTS and REVISES steps from its first known draft to it, and from it to the texts that adopted or revised it (at most 10 steps each way), earliest stage first. Each hop goes from the later text to the earlier one; `evidence.note` says what changed, `evidence.sources` where that is read. A text\'s own history only: each paragraph has its own. Empty when none is recorded.';
