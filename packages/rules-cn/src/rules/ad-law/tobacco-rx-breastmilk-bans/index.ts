import { lexiconRule } from '../../../util/lexicon-rule.js';
import { categoryOf, foldedView, sentenceAround } from '../../../util/text.js';

const BANNED_CATEGORIES = new Set(['tobacco', 'drug-rx']);
/** The statutory prescription notice (凭医师处方销售、购买和使用; 必须凭执业医师处方才可调配、购买和使用): a label's warning, not a
 *  promotion — unless the sentence also sells (链接在下面, 下单, a price). */
const RX_NOTICE = /凭[^，。！？,.!?]{0,16}处方[^。！？!?]{0,12}(?:购买|使用|调配|销售|购药|配药)/;
const SELLING = /链接|下单|拍下|拍它|去拍|抢购|秒杀|优惠|特价|到手|包邮|库存|[0-9]+\s*(?:元|块)/;
/** Tobacco talked about (电子烟一般采用雾化原理, 绝大多数电子烟中含有尼古丁): an explainer, unless the sentence sells, praises
 *  or points to the goods — or the goods are tobacco by category. */
/** The e-cigarette's selling points (the industry's harm-reduction pitch): less harm, no smoke or tar, help to quit, fit for
 *  indoor use (不会产生烟雾和有害的二手烟, 减少了焦油等有害物, 不含焦油, 协助戒烟, 适合在公共场所内使用) — a promotion, not an explainer. */
const BENEFIT = /(?:减少|降低|减轻)了?[^，。！？,.!?]{0,16}(?:危害|有害|焦油|二手烟|一氧化碳|致癌)|不会(?:产生|散发|有)[^，。！？,.!?]{0,8}(?:烟雾|有害|二手烟|焦油|异味)|(?:不含|没有)[^，。！？,.!?]{0,12}(?:焦油|致癌物|一氧化碳)|(?:协助|帮助|辅助|帮你|助你)戒烟|戒烟(?:神器|利器)|(?:影响|危害|伤害)(?:较|更|相对较?)小|(?:健康)?风险[^，。！？,.!?]{0,6}低|适合在[^，。！？,.!?]{0,6}(?:公共场所|室内|办公室)/;
const PROMOTES = new RegExp(`${SELLING.source}|这款|这个|这种|我们|咱们|我家|本店|店里|拍|购买|买|卖|价|元|块|折|批发|代发|直发|现货|口味|口感|推荐|好抽|顺|新品|正品|货源|厂家|发货|到货|款式|型号|微信|私聊|私信|加我|联系|有货|供应|套装|专用|补充液|高浓度|水果味|薄荷味|(?<!危害|损害|影响|有害|危及|不利于)健康|[0-9]+\\s*(?:条|盒|支|颗)|${BENEFIT.source}`);
/** A policy debated (全禁电子烟, 控烟条例, 禁售): tobacco named by a law or a ban, not by a seller — unless the sentence sells. */
const POLICY = /全禁|禁售|禁止销售|禁止[^，。！？,.!?]{0,4}(?:出售|销售|售卖)|立法|监管|政策|法例|条例|管制|法律|法规/;
/** A listing title's brand and model (MOTI D11 电子烟套装). */
const MODEL = /[A-Z]{2,}\s*[A-Z]*[0-9]/;
const TOBACCO_TERM = /烟|尼古丁|击喉|雾化|换弹|烟弹/;
/** Goods excluded from a promotion (部分指定特殊商品（香烟类等）不可使用): a coupon's terms, not a promotion of them. */
const EXCLUDED_AFTER = /^[^，。！？,.!?]{0,6}(?:不可使用|不可用|不能使用|不参与|不参加|不适用|除外|不享受|不支持)/;
/** A drug classified (阿普唑仑属于精神药品，也是处方药品): a description, not a promotion, unless the sentence sells. */
const CLASSIFIED_BEFORE = /(?:属于|也是|都是|均为|是一种|列为|归为)[^，。！？,.!?]{0,4}$/;
/** A supply refused for prescription drugs (处方药品不提供邮寄服务, 处方药暂不销售): a shop's policy, not a promotion. */
const RX_REFUSED = /^[品物]?[^，。！？,.!?]{0,4}(?:不提供|不销售|不出售|不支持|不接受|不能|不可|不予|暂不|概不|无法)/;

export default lexiconRule({
  id: 'ad-law/tobacco-rx-breastmilk-bans',
  severity: 'error',
  binds: ['platform', 'operator', 'streamer', 'agency', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第二十二条', evidence: 'T' },
    { source: 'ad-law', article: '第十五条', evidence: 'T' },
    { source: 'ad-law', article: '第二十条', evidence: 'T' },
    { source: 'internet-ad-2023', article: '第六条', evidence: 'T' },
    { source: 'bj-guide-2024', evidence: 'N' },
  ],
  category: 'prohibited-goods',
  description: {
    'zh-CN': '不得在直播中推销烟草（含电子烟）、处方药；不得宣传婴儿乳制品可全部或部分替代母乳',
    en: 'No live promotion of tobacco (incl. e-cigarettes) or prescription drugs; no claims that infant formula replaces breast milk',
  },
  message: { 'zh-CN': '禁止发布广告的商品或说法：“{{term}}”', en: 'Goods or claim banned from advertising: "{{term}}"' },
  terms: [
    '电子烟', '尼古丁', '尼古丁盐', '击喉感', '雾化油', '雾化液', '电子烟油', '烟杆', '换弹', '烟弹', '雾化弹', '烟油', '香烟', '卷烟', '雪茄', '烟丝', '烟叶', '免税烟', '走私烟', '处方药', '代替母乳', '替代母乳', '比母乳还好', '比母乳还全', '比母乳更好', '和母乳一样', '媲美母乳', '接近母乳', '母乳替代',
  ],
  // sweets shaped like cigarettes (香烟造型的糖果) are no tobacco (the minors rules speak to such marketing)
  exempt: ['香烟造型', '香烟糖', '烟造型'],
  // cigarettes sold by the carton under a brand (软中华批发价280元/条)
  patterns: [
    // smoking sold to pupils (在学校偷着抽不容易被老师发现)
    /(?:在学校|校园里|上课|学生|老师)[^。！？!?]{0,8}(?:偷着|偷偷|悄悄)(?:抽|吸)|(?:偷着|偷偷|悄悄)(?:抽|吸)[^。！？!?]{0,12}(?:老师|家长|爸妈)(?:发现|闻到|知道)/,
    /(?:软中华|硬中华|中华烟|玉溪|芙蓉王|黄鹤楼|利群|云烟|苏烟|红塔山|红双喜|娇子)[^，。！？,.!?]{0,8}[0-9]+\s*(?:元|块)?\s*(?:[/／每一]\s*)?条/],
  accept(unit, start, end, ctx) {
    const v = foldedView(unit);
    const [s, e] = sentenceAround(v, start, end);
    const sentence = v.slice(s, e);
    if (TOBACCO_TERM.test(v.slice(start, end)) && categoryOf(ctx, unit) !== 'tobacco') {
      if (!PROMOTES.test(sentence) && !MODEL.test(unit.text)) return false;
      if (POLICY.test(sentence) && !SELLING.test(sentence) && !BENEFIT.test(sentence)) return false;
    }
    if (EXCLUDED_AFTER.test(v.slice(end, end + 16)) && !SELLING.test(sentence)) return false;
    if (!v.slice(start, end).startsWith('处方药')) return true;
    if (RX_REFUSED.test(v.slice(start + 3, start + 20)) && !SELLING.test(sentence)) return false;
    if (CLASSIFIED_BEFORE.test(v.slice(Math.max(s, start - 8), start)) && !SELLING.test(sentence)) return false;
    return !RX_NOTICE.test(sentence) || SELLING.test(sentence);
  },
  messages: {
    bannedListing: { 'zh-CN': '“{{category}}”类商品不得通过网络直播推销或发布广告', en: '"{{category}}" goods may not be promoted or advertised online' },
  },
  onListing(ctx, product, event) {
    const cat = product.category as string | undefined;
    if (cat && BANNED_CATEGORIES.has(cat)) ctx.report({ messageId: 'bannedListing', data: { category: cat }, event });
  },
  examples: {
    violating: ['电子烟没有燃烧过程，不会产生烟雾和有害的二手烟', '控烟与戒烟：电子烟能够控制尼古丁摄入量，起到协助戒烟的作用', 'MOTI D11 电子烟套装 雾化 换弹小烟', '健康无烟油', '在学校偷着抽不容易被老师发现，不是那种很呛的烟味', '这款电子烟口感很顺，链接在下面', '便携式烟丝，厂家直销，牌子齐全', '软中华批发价280元/条', '有机尼古丁盐配方，击喉感更柔顺', '水果味雾化油，高浓度，直接拍', '这个奶粉营养比母乳还全', '这是处方药，凭处方购买，链接在下面', '这款处方药今天特价99元', { listing: { title: '某某牌电子烟套装', category: 'tobacco' } }],
    compliant: ['电子烟一般采用雾化原理，通过电子加热使烟油雾化', '假如以怕青少年接触为理由全禁电子烟，那传统香烟也应该在市场消失了', '电子烟同样含有焦油和多种有害物质，危害健康', '绝大多数电子烟中含有烟草或尼古丁成分', '阿普唑仑属于精神药品，也是处方药品，用药剂量应严格遵守医嘱', '本券部分指定特殊商品（香烟类等）不可使用', '婴儿最佳食品是母乳，本品适用于不能母乳喂养的情况', '禁止向未成年人发送任何形式的烟草广告', '这款真皮腰带199元一条', '本品属于处方药，必须凭执业医师处方才可调配、购买和使用', '处方药，凭医师处方销售、购买和使用', '处方药只准在专业性医药报刊进行广告宣传', '处方药品不提供邮寄服务，请到门店购买', { listing: { title: '维生素C咀嚼片', category: 'health-food', description: '保健食品不是药物，不能代替药物治疗疾病' } }],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第二十二条禁止在大众传播媒介、公共场所发布烟草广告；第十五条禁止处方药在大众传播媒介发布广告（仅可在指定医学药学专业刊物发布；药品标签上的处方药忠告语“凭医师处方销售、购买和使用”本身不报告，同句在推销的仍报告）；第二十条禁止发布声称全部或部分替代母乳的婴儿乳制品广告。《互联网广告管理办法》第六条：不得在互联网上发布烟草（含电子烟）广告和处方药广告。',
      en: 'Advertising Law arts 22 (tobacco), 15 (prescription drugs; the label\'s own notice 凭医师处方销售、购买和使用 is not reported unless the sentence sells) and 20 (breast-milk substitutes); Internet Advertising Measures art 6 (no online tobacco incl. e-cigarette or Rx ads).',
    },
    fix: { 'zh-CN': '下架相关商品，删除替代母乳的表述。', en: 'Remove the goods and any breast-milk substitution claims.' },
  },
});
