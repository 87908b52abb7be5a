/**
 * Our own phrases, applied before OpenCC's tables (a longer match wins, then ours). OpenCC's
 * Taiwan → mainland tables (tw2sp) already give 執行長 → 首席执行官, 使用者 → 用户, 著名, 顯著,
 * 乾隆 and 瞭解 → 了解; these are the Taiwan words it leaves in Simplified letters, each checked by
 * a reader of mainland Chinese. Keep the list short: every entry changes what a reader sees.
 */

/** Traditional (Taiwan usage) → Simplified (mainland usage). */
export const TW_TO_CN_PHRASES: readonly (readonly [string, string])[] = [
  // "stakeholder": mainland business and policy writing says 利益相关者; 利害关系人 reads as legal Taiwan usage.
  ["利害關係人", "利益相关者"],
  // "leadership team": 领导阶层 sounds like a social class on the mainland; 领导层 is the usual word.
  ["領導階層", "领导层"],
  // "the undersigned": 联署 is the mainland form of 連署 (joint signing); 连署 is not used there.
  ["連署人", "联署人"],
  ["連署", "联署"],
  // "job opening": 职缺 is Taiwan usage; mainland says 职位空缺, and "keep a job for" is 保留职位.
  ["保留職缺", "保留职位"],
  ["職缺", "职位空缺"],
  // "to shape (norms, opinion)": 形塑 is Taiwan usage; mainland writes 塑造.
  ["形塑", "塑造"],
  // "to fulfil one's duties": 善尽职责 is Taiwan usage; the mainland idiom is 尽职尽责.
  ["善盡職責", "尽职尽责"],
];

/** Simplified (mainland usage) → Traditional (Taiwan usage): the reverse of the entries above that read naturally in Taiwan. */
export const CN_TO_TW_PHRASES: readonly (readonly [string, string])[] = [
  ["利益相关者", "利害關係人"],
  ["领导层", "領導階層"],
  ["联署人", "連署人"],
  ["联署", "連署"],
  ["职位空缺", "職缺"],
];
