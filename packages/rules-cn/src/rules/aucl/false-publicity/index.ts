import type { LiveEvent, Product, RuleContext } from '@liveguard/core';
import { defineCnRule } from '../../../util/define.js';

// False or misleading publicity checked against the listing's own facts: what the title and description claim (原切,
// 进口, 纯…, 配料只有…) set against the structured attributes (配料, 产地, 执行标准, 产品类型). Claims against test reports,
// registration dates or a spoken claim against the pinned card need data outside one listing.

/** Attribute keys that state facts (their values are read; free text such as the description is the claim side). */
const INGREDIENTS_KEY = /配料|成分|原料/;
const ORIGIN_KEY = /产地|产区|生产地|原产国|原产地/;
const TYPE_KEY = /执行标准|产品标准|产品类型|产品类别|加工方式|工艺|品类|类型/;

/** 原切 (a whole cut, nothing added) against a processed or restructured meat (调理, 腌制, 拼接, 重组, SB/T 10482). */
const WHOLE_CUT = /原切|原肉整切|整切/;
const NOT_WHOLE_CUT = /调理|调制|腌制|腌渍|拼接|重组|合成|粘合|SB\/?T\s*10482|卡拉胶|谷氨酰胺转氨酶|大豆分离蛋白|腌料/i;
const DENIED_BEFORE = /(?:非|不是|并非|无|没有|拒绝|不含|不做)\s*$/;

/** An import claim about the goods (澳洲进口牛肉, 原装进口) — not about a material, machine or technique (采用进口原料). */
const IMPORT_CLAIM = /原装进口|进口(?!原料|原材料|材料|配料|面料|奶源|乳源|机器|设备|技术|工艺|菌种|酵母|香精|包材|包装)/;
const IMPORT_NOT_GOODS_BEFORE = /(?:采用|选用|使用|精选|甄选|引进|配备|搭载)[^，。！？,.!?]{0,4}$/;
const DOMESTIC = /中国(?!香港|澳门|台湾)|国产|大陆|内地|[省市县]|自治区|^(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)/;

/** 纯… of a food (纯牛奶, 纯芝麻油, 100%纯蜂蜜) against an ingredient list with added sugar, additives or another oil. */
const PURE_FOOD = /(?:100\s*[%％]\s*)?纯(?:正)?([\u4e00-\u9fa5]{0,4}?(?:牛奶|羊奶|牛乳|果汁|蜂蜜|芝麻酱|花生酱|椰子水|红薯粉|藕粉|葛根粉|油))/;
const ADDED = /白砂糖|砂糖|蔗糖|糖浆|果葡糖浆|麦芽糖浆|香精|香料|色素|增稠剂|稳定剂|防腐剂|甜蜜素|安赛蜜|三氯蔗糖|阿斯巴甜|糖精钠|麦芽糊精|乳化剂/;

/** 配料只有A和B (only these ingredients) against a longer ingredient list. */
const ONLY_CLAIM = /(?:配料|成分|原料)[^，。！？,.!?]{0,4}?(?:只有|只含|仅有|仅含|就只有|就是)([^，。！？,.!?；;]{1,24}?)(?=[，。！？,.!?；;]|$|别的|其他|其余|没有|再无|无任何)/;

function factValues(p: Product, key: RegExp): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(p.attributes ?? {})) if (key.test(k) && (typeof v === 'string' || typeof v === 'number')) out.push(String(v));
  return out;
}
const claimText = (p: Product) => `${p.title ?? ''}\n${p.description ?? ''}`;
const parts = (list: string) => list.split(/[，,、;；\s]+|[(（][^)）]*[)）]/).map((s) => s.trim()).filter(Boolean);

function check(ctx: RuleContext<any>, p: Product, event: LiveEvent): void {
  const claims = claimText(p);
  const report = (claim: string, fact: string) => ctx.report({ messageId: 'contradicted', data: { claim, fact }, event });
  // 原切 against a processed type, standard or ingredient
  const wc = WHOLE_CUT.exec(claims);
  if (wc && !DENIED_BEFORE.test(claims.slice(Math.max(0, wc.index - 3), wc.index))) {
    const fact = [...factValues(p, TYPE_KEY), ...factValues(p, INGREDIENTS_KEY)].map((v) => NOT_WHOLE_CUT.exec(v)?.[0]).find(Boolean);
    if (fact) report(wc[0], fact);
  }
  // an import claim against a domestic place of origin
  const im = IMPORT_CLAIM.exec(claims);
  if (im && !IMPORT_NOT_GOODS_BEFORE.test(claims.slice(Math.max(0, im.index - 8), im.index)) && !DENIED_BEFORE.test(claims.slice(Math.max(0, im.index - 3), im.index))) {
    const origins = factValues(p, ORIGIN_KEY);
    // (an origin field that says 进口 or 境外 anywhere settles it)
    const domestic = origins.some((o) => /进口|境外|国外/.test(o)) ? undefined : origins.find((o) => DOMESTIC.test(o));
    if (domestic) report(im[0], domestic);
  }
  const ingredients = factValues(p, INGREDIENTS_KEY);
  if (ingredients.length) {
    const items = ingredients.flatMap(parts);
    // 纯… against added sugar, additives or another oil
    const pf = PURE_FOOD.exec(claims);
    if (pf) {
      const what = pf[1];
      const extra = items.find((i) => ADDED.test(i)) ?? (what.endsWith('油') ? items.find((i) => /油/.test(i) && !i.includes(what.replace(/^(?:压榨|冷榨|小磨|一级)/, ''))) : undefined);
      if (extra) report(pf[0], extra);
    }
    // 配料只有A和B against what the list names besides them
    const only = ONLY_CLAIM.exec(claims);
    if (only) {
      const claimed = only[1].split(/和|与|跟|及|、|加|,|，/).map((s) => s.replace(/^(?:一点|少量|适量|纯)/, '').trim()).filter(Boolean);
      const extra = items.find((i) => !claimed.some((c) => c.includes(i) || i.includes(c)));
      if (claimed.length && extra) report(only[0], extra);
    }
  }
}

export default defineCnRule({
  meta: {
    id: 'aucl/false-publicity',
    type: 'problem',
    severity: 'error',
    binds: ['streamer', 'operator', 'agency', 'merchant'],
    jurisdiction: 'CN',
    basis: [
      { source: 'aucl', article: '第八条', evidence: 'T' },
      { source: 'aucl', article: '第二十条', evidence: 'T' },
      { source: 'ad-law', article: '第二十八条', evidence: 'T' },
      { source: 'live-marketing-2021', article: '第十八条第（二）项', evidence: 'T' },
      { source: 'bj-guide-2024', evidence: 'N' },
    ],
    category: 'false-publicity',
    docs: {
      description: {
        'zh-CN': '不得对商品的性能、功能、质量、成分、产地等作虚假或引人误解的商业宣传：商品标题和详情中的“原切”“进口”“纯…”“配料只有…”与商品自己的配料、产地、执行标准不符',
        en: 'No false or misleading publicity about performance, function, quality, ingredients or origin: the title and description\'s 原切 (whole cut), 进口 (imported), 纯… (pure) or "only these ingredients" contradicted by the listing\'s own ingredients, origin or product standard',
      },
    },
    messages: {
      contradicted: {
        'zh-CN': '商品宣传“{{claim}}”与商品信息“{{fact}}”不符（虚假或引人误解的宣传）',
        en: 'The listing claims "{{claim}}" but its own facts say "{{fact}}" (false or misleading publicity)',
      },
    },
  },
  create(ctx) {
    return { listing: (e: LiveEvent & { product?: Product }) => { if (e.product) check(ctx, e.product, e); } };
  },
  examples: {
    violating: [
      { listing: { title: '原切西冷牛排 10片装', category: 'food', attributes: { 产品类型: '调理肉制品', 执行标准: 'SB/T 10482' } } },
      { listing: { title: '澳洲进口牛腱子 2斤', category: 'food', attributes: { 产地: '内蒙古' } } },
      { listing: { title: '100%纯蜂蜜 500g', category: 'food', attributes: { 配料: '蜂蜜、果葡糖浆' } } },
      { listing: { title: '小磨纯芝麻油 400ml', category: 'food', attributes: { 配料表: '芝麻油、大豆油' } } },
      { listing: { title: '手工红薯粉条', category: 'food', description: '配料只有红薯淀粉和水，别的什么都没有', attributes: { 配料: '木薯淀粉、红薯淀粉、水' } } },
    ],
    compliant: [
      { listing: { title: '原切西冷牛排 10片装', category: 'food', attributes: { 产品类型: '生鲜牛肉', 配料: '牛肉' } } },
      { listing: { title: '调理牛排 非原切', category: 'food', attributes: { 产品类型: '调理肉制品' } } },
      { listing: { title: '采用进口原料 国产酸奶', category: 'food', attributes: { 产地: '河北省石家庄市' } } },
      { listing: { title: '澳洲进口牛腱子 2斤', category: 'food', attributes: { 原产国: '澳大利亚', 产地: '进口' } } },
      { listing: { title: '纯牛奶 250ml×24盒', category: 'food', attributes: { 配料: '生牛乳' } } },
      { listing: { title: '手工红薯粉条', category: 'food', description: '配料只有红薯淀粉和水', attributes: { 配料: '红薯淀粉、水' } } },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《反不正当竞争法》（2019年文本）第八条第一款：经营者不得对其商品的性能、功能、质量、销售状况、用户评价、曾获荣誉等作虚假或者引人误解的商业宣传，欺骗、误导消费者；罚则见第二十条（2025年修订后为第九条、第二十五条 [S]）。《广告法》第二十八条：商品的性能、功能、产地、用途、质量、成分等信息与实际情况不符，对购买行为有实质性影响的，构成虚假广告。《网络直播营销管理办法（试行）》第十八条第（二）项：直播营销人员不得发布虚假或者引人误解的信息。本规则比对同一商品信息内部：标题和详情中的“原切”“进口”“纯…”“配料只有…”与商品属性中的配料、产地、执行标准或产品类型是否矛盾。与检测报告、商标注册日期或主播口播的比对需要商品信息以外的数据，不在本规则范围内。',
      en: 'Anti-Unfair Competition Law (2019 text) art 8 para 1: no false or misleading commercial publicity about performance, function, quality, sales or reviews; penalty art 20 (arts 9 and 25 after the 2025 revision [S]). Advertising Law art 28: performance, function, origin, use, quality or ingredients that do not match reality make a false ad. Live-marketing measures art 18(2): hosts may not publish false or misleading information. The rule compares one listing with itself: 原切, 进口, 纯… and "only these ingredients" in the title and description against the ingredients, origin, standard or product type in its attributes. Claims against test reports, trademark dates or the host\'s words need data beyond the listing.',
    },
    fix: {
      'zh-CN': '按商品实际情况宣传：调理肉不称“原切”，国产商品不称“进口”，含添加成分的不称“纯”；或更正商品属性中的错误信息。',
      en: 'Describe the goods as they are: restructured meat is not 原切, domestic goods are not 进口, food with additions is not 纯; or correct wrong attributes.',
    },
  },
});
