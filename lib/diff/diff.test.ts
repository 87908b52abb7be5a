import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffText, rebuild } from "./diff";
import { normalisedDistance } from "./distance";
import { graphemes } from "./graphemes";

describe("graphemes", () => {
  it("keeps surrogate pairs, combining marks and ZWJ emoji whole", () => {
    expect(graphemes("𠮷a\u0301👩‍👩‍👧中")).toEqual(["𠮷", "a\u0301", "👩‍👩‍👧", "中"]);
  });
});

describe("diffText", () => {
  it("marks the characters two renderings do not share", () => {
    expect(diffText("我們無法為缺乏能力的人工作", "我們不能為缺乏能力的人工作")).toEqual([
      { op: "equal", text: "我們" },
      { op: "delete", text: "無法" },
      { op: "insert", text: "不能" },
      { op: "equal", text: "為缺乏能力的人工作" },
    ]);
  });
  it("handles empty sides", () => {
    expect(diffText("", "")).toEqual([]);
    expect(diffText("", "中文")).toEqual([{ op: "insert", text: "中文" }]);
    expect(diffText("中文", "")).toEqual([{ op: "delete", text: "中文" }]);
  });
  it("never splits a combining mark or an emoji", () => {
    const ops = diffText("e\u0301👩‍👩‍👧", "e\u0300👩‍👩‍👦");
    for (const o of ops) expect(graphemes(o.text).join("")).toBe(o.text);
    expect(ops).toEqual([
      { op: "delete", text: "e\u0301👩‍👩‍👧" },
      { op: "insert", text: "e\u0300👩‍👩‍👦" },
    ]);
  });
});

describe("long texts", () => {
  it("stays correct past the exact-diff bound", () => {
    const a = "甲" + "一二三".repeat(700) + "乙";
    const b = "甲" + "三二一".repeat(700) + "乙";
    const ops = diffText(a, b);
    expect(rebuild(ops, "a")).toBe(a);
    expect(rebuild(ops, "b")).toBe(b);
    expect(ops[0]).toEqual({ op: "equal", text: "甲" });
  });
});

describe("normalisedDistance", () => {
  it("is 0 for equal texts and 1 for texts sharing nothing", () => {
    expect(normalisedDistance("同意", "同意")).toBe(0);
    expect(normalisedDistance("甲乙", "丙丁")).toBe(1);
    expect(normalisedDistance("", "")).toBe(0);
    expect(normalisedDistance("甲乙", "甲丙")).toBeCloseTo(0.5);
  });
});

const cjk = fc.string({
  unit: fc.constantFrom(
    ..."的一是不了人我在有他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作里用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根干造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害斗雙境客紀採舉殺攻父蘇密低朝友訴止細願千值仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印晚蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷素藥適波夜省初喜衛源食險待述陸習置居勞財環排福納歡雷警獲模充負雲停木遊龍樹疑層冷洲衝射略範竟句室異激漢村哈策演簡卡罪判擔州靜退既衣您宗積餘痛檢差富靈協角佔配征修皮揮勝降階審沉堅善媽劉讀啊超免壓銀買皇養伊懷執副亂抗犯追幫宣佛歲航優怪香著田鐵控稅左右份穿藝背陣草腳概惡塊頓敢守酒島託央戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞危忙核暗姐介壞討麗良序升監臨亮露永呼味野架域沙掉括艦魚雜誤湯喝混謝",
  ),
  maxLength: 40,
});
const mixed = fc.string({
  unit: fc.oneof(
    fc.constantFrom("中", "文", "𠮷", "𩸽", "👍", "👍🏽", "👩‍👩‍👧", "e\u0301", "a\u0308", "\u0301", "。", "，", " ", "a", "b", "\u200d"),
    fc.constantFrom(..."abc"),
  ),
  maxLength: 30,
});
const grapheme = fc.string({ unit: "grapheme", maxLength: 30 });

describe("diff properties", () => {
  for (const [name, arb] of [
    ["CJK", cjk],
    ["mixed alphabets, emoji and combining marks", mixed],
    ["any graphemes", grapheme],
  ] as const) {
    it(`rebuilds both sides on random ${name} text`, () => {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          const ops = diffText(a, b);
          expect(rebuild(ops, "a")).toBe(a);
          expect(rebuild(ops, "b")).toBe(b);
          for (const o of ops) expect(o.text.length).toBeGreaterThan(0);
          for (let i = 1; i < ops.length; i++) expect(ops[i]!.op === ops[i - 1]!.op).toBe(false);
          const d = normalisedDistance(a, b);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(1);
          expect(normalisedDistance(a, a)).toBe(0);
        }),
        { numRuns: 300 },
      );
    });
  }
  it("never breaks a surrogate pair", () => {
    fc.assert(
      fc.property(mixed, mixed, (a, b) => {
        for (const o of diffText(a, b)) expect(o.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }),
    );
  });
});
