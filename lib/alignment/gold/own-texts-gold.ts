/**
 * Two short texts written for the aligner's benchmark, in styles the letter does not have, with
 * their gold links (content words): a local news paragraph in Traditional Chinese with numbers,
 * an amount, a date and a clock time; a narrative with instructions in Simplified Chinese.
 */
import type { GoldSentence } from "../score";

export const newsGold: GoldSentence[] = [
  {
    en: "On March 3, 2023, the city council approved a budget of $4,200 for the new library.",
    zh: "2023年3月3日，市議會批准了四千二百美元的新圖書館預算。",
    links: [
      ["March 3", "3月3日"],
      ["2023", "2023年"],
      ["city council", "市議會"],
      ["approved", "批准"],
      ["budget", "預算"],
      ["$4,200", "四千二百美元"],
      ["new", "新"],
      ["library", "圖書館"],
    ],
  },
  {
    en: "More than 500 residents attended the meeting, which began at 6 p.m.",
    zh: "五百多名居民出席了這次會議，會議於晚上六點開始。",
    links: [
      ["500", "五百多"],
      ["residents", "居民"],
      ["attended", "出席"],
      ["meeting", "會議"],
      ["began", "開始"],
      ["6 p.m.", "晚上六點"],
    ],
  },
  {
    en: "The mayor said that the library would open in the spring.",
    zh: "市長表示，圖書館將在春天開放。",
    links: [
      ["mayor", "市長"],
      ["said", "表示"],
      ["library", "圖書館"],
      ["open", "開放"],
      ["spring", "春天"],
    ],
  },
  {
    en: "Some residents worried about the cost of the project.",
    zh: "一些居民擔心這個項目的成本。",
    links: [
      ["Some", "一些"],
      ["residents", "居民"],
      ["worried", "擔心"],
      ["cost", "成本"],
      ["project", "項目"],
    ],
  },
  {
    en: "The council will publish a full report next week.",
    zh: "議會將於下週發布完整的報告。",
    links: [
      ["council", "議會"],
      ["publish", "發布"],
      ["full", "完整"],
      ["report", "報告"],
      ["next week", "下週"],
    ],
  },
  {
    en: "Officials expect 412 new jobs to be created in the area.",
    zh: "官員預計該地區將創造四百一十二個新的工作機會。",
    links: [
      ["Officials", "官員"],
      ["expect", "預計"],
      ["412", "四百一十二個"],
      ["new", "新"],
      ["jobs", "工作機會"],
      ["created", "創造"],
      ["area", "地區"],
    ],
  },
];

export const teaGold: GoldSentence[] = [
  {
    en: "Boil the water and pour it over the tea leaves.",
    zh: "把水烧开，然后倒在茶叶上。",
    links: [
      ["Boil", "烧开"],
      ["water", "水"],
      ["pour", "倒"],
      ["tea leaves", "茶叶"],
    ],
  },
  {
    en: "Wait three minutes before you drink the tea.",
    zh: "等三分钟再喝茶。",
    links: [
      ["Wait", "等"],
      ["three minutes", "三分钟"],
      ["drink", "喝"],
      ["tea", "茶"],
    ],
  },
  {
    en: "My grandmother taught me this method when I was a child.",
    zh: "我小时候，奶奶教了我这个方法。",
    links: [
      ["grandmother", "奶奶"],
      ["taught", "教"],
      ["method", "方法"],
      ["child", "小时候"],
    ],
  },
  {
    en: "She always used a small blue cup.",
    zh: "她总是用一个蓝色的小杯子。",
    links: [
      ["always", "总是"],
      ["used", "用"],
      ["small", "小"],
      ["blue", "蓝色"],
      ["cup", "杯子"],
    ],
  },
  {
    en: "Every morning we sat in the garden and talked quietly.",
    zh: "每天早上，我们坐在花园里轻声聊天。",
    links: [
      ["Every morning", "每天早上"],
      ["sat", "坐"],
      ["garden", "花园"],
      ["talked", "聊天"],
      ["quietly", "轻声"],
    ],
  },
  {
    en: "Clean the cup with warm water after use.",
    zh: "用完后，用温水清洗杯子。",
    links: [
      ["Clean", "清洗"],
      ["cup", "杯子"],
      ["warm water", "温水"],
      ["use", "用完"],
    ],
  },
];
