import type { Product } from '@liveguard/core';
import { lexiconRule } from '../../../util/lexicon-rule.js';
import { foldedView } from '../../../util/text.js';
import { PATENT_LIKE, PATENT_NO, patentCheckDigit, productText } from '../../../util/listing.js';

/** Problems with the patent numbers in a text: none valid, or one malformed / with a wrong check digit. */
const PATENT_LIKE_G = new RegExp(PATENT_LIKE.source, 'gi');
const ZL_CUE = /z\s*l/i;
export function patentProblems(text: string): { valid: boolean; bad?: string } {
  // perf: no patent number without "ZL"
  if (!ZL_CUE.test(text)) return { valid: false };
  const like = text.match(PATENT_LIKE_G) ?? [];
  let valid = false, bad: string | undefined;
  for (const s of like) {
    const m = PATENT_NO.exec(s);
    if (!m) { bad ??= s.trim(); continue; }
    const twelve = m[1] + m[2] + m[3];
    if (patentCheckDigit(twelve) !== m[4].toUpperCase()) bad ??= m[0];
    else valid = true;
  }
  return { valid, bad };
}

/** A group of people before "的专利" (女人的专利, 年轻人的专利, 有钱人的专利). */
const PRESERVE_OF = /(?:人|女|男|者|们|孩子|小孩|儿童|学生|老年|明星|富豪|家庭|女性|男性|女生|男生)的$/;

export default lexiconRule({
  id: 'ad-law/patent-claims',
  severity: 'warning',
  binds: ['streamer', 'merchant'],
  basis: [{ source: 'ad-law', article: '第十二条', evidence: 'T' }],
  category: 'patent-claim',
  description: { 'zh-CN': '广告涉及专利的，应当标明专利号和专利种类；不得使用未授权、已终止或无效的专利作广告', en: 'Patent claims must state the patent number and type; no unpatented, lapsed or invalid patents' },
  message: { 'zh-CN': '专利宣传未标明专利号和专利种类：“{{term}}”', en: 'Patent claim without patent number and type: "{{term}}"' },
  terms: ['专利', '国家专利', '专利技术', '专利配方', '专利成分', '专利产品', '发明专利', '专利认证', '获得专利'],
  exempt: ['专利局', '专利法', '专利申请费'],
  // patents counted, a statistic about a country or a field (发明专利有效量超三百万件, 专利申请量): no claim about goods
  // …and the idiom "someone's preserve" (不只是女人的专利, 熬夜不是年轻人的专利): 专利 after a group of people and 的 claims nothing
  accept: (unit, start, end) => {
    const v = foldedView(unit);
    if (/^(?:的)?(?:有效量|申请量|授权量|拥有量|数量|总量)/.test(v.slice(end, end + 4))) return false;
    return !(v.slice(start, end) === '专利' && PRESERVE_OF.test(v.slice(Math.max(0, start - 8), start)));
  },
  // a valid number given; or patents as the service an IP agency sells (代理商标注册、专利申请), not a claim about goods
  unless: /ZL\s*\d{4}\s*[12389]\s*\d{7}\s*[.．]\s*[\dX]|(?:代理|代办|代为|协助办理)[^。！？!?]{0,12}(?:专利|商标)|专利(?:代理|事务所)|知识产权(?:代理|服务)/i,
  suggestion: { message: { 'zh-CN': '标明专利种类和专利号（如“实用新型专利，专利号ZL2023XXXXXXXX.X”），或删除专利宣传', en: 'State the patent type and number, or remove the claim' } },
  messages: {
    badNumber: { 'zh-CN': '专利号“{{no}}”格式或校验位不正确（应为 ZL + 12位数字 + . + 校验位）', en: 'Patent number "{{no}}" is malformed or has a wrong check digit (ZL + 12 digits + . + check digit)' },
    listingNoNumber: { 'zh-CN': '商品信息宣传专利但没有有效的专利号', en: 'Listing claims a patent but gives no valid patent number' },
  },
  onUnit(ctx, unit) {
    const { bad } = patentProblems(unit.text);
    if (bad) {
      const s = unit.text.indexOf(bad);
      ctx.report({ messageId: 'badNumber', data: { no: bad }, unit, start: s, end: s + bad.length });
    }
  },
  onListing(ctx, product: Product, event) {
    const text = productText(product);
    if (!/专利/.test(text)) return;
    if (!patentProblems(text).valid) ctx.report({ messageId: 'listingNoNumber', event });
  },
  examples: {
    violating: ['我们这个是国家专利技术', '本品的核心技术已提交专利申请', '专利配方，别家仿不来', '專利成分柑橘果粉', '专利号ZL202310000000.1', '本品获得女性专利配方'],
    compliant: ['我国国内发明专利有效量超三百万件', '当归可不只是女人的专利', '熬夜早已不是年轻人的专利', '实用新型专利，专利号 ZL202320000001.0，详情页可查', '第十二条 广告中涉及专利产品或者专利方法的，应当标明专利号和专利种类。', '这款面霜主打保湿', '然而查询发现，这些专利号分别对应面膜技术和纸巾组合物。', '某些产品仅写着“专利产品”，却未给出专利号码，这使得消费者无法核实', '使用已经终止的专利做广告', '本所代理商标注册、专利申请和版权登记', '利用尚未授权的专利申请进行广告宣传'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十二条：广告中涉及专利产品或者专利方法的，应当标明专利号和专利种类；未取得专利权的，不得谎称取得专利权；禁止使用未授予专利权的专利申请和已经终止、撤销、无效的专利作广告。中国专利号格式为 ZL + 12位申请号（年份4位、类型1位、流水号7位）+ “.” + 校验位（加权模11，10记为X）。',
      en: 'Advertising Law art 12: patent claims must state the patent number and type; no claims for applications, lapsed or invalid patents. Chinese patent numbers are ZL + 12 digits (year, type, serial) + "." + a mod-11 check digit (X for 10).',
    },
    fix: { 'zh-CN': '补充专利种类和有效专利号，或删除专利宣传。', en: 'Add the patent type and a valid number, or remove the claim.' },
  },
});
