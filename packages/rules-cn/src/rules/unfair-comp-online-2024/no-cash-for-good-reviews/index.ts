import { defineCnRule } from '../../../util/define.js';
import { foldedView, isMetaDiscourse, isNotAClaim, outermost, sentenceAround, unitIsMeta } from '../../../util/text.js';

// Lexicon C.5: compounds that state the review → reward link themselves, and review acts whose link to a
// reward must be read from the sentence.
const COMPOUNDS = [
  '好评返现', '晒图返现', '返现卡', '评价有礼', '晒图有礼', '好评有礼', '好评送', '好评抽奖', '好评免单', '好评返红包', '好评返券', '追评返现', '五星返现', '全五星返现',
];
const REVIEW_ACTS = ['好评', '五星', '5星', '全五星', '晒图', '晒单', '带图', '加图', '追评', '评价', '美评', '评价截图', '评论截图', '五分', '5分',
  // a good word asked for (一句好话), a like shown by screenshot (赞截图返现)
  '好话', '赞截图', '点赞截图',
  // a star rating left on a map or review site (留一颗星送可乐, 留下一星评论就送小菜)
  '一颗星', '五颗星', '5颗星', '一星评论', '五星评论', '5星评论', '星评论'];
/** Money back: the rewards that also pay for a review asked for after them (not a gift or a coupon, which 买二送一，给个好评吧
 *  offers for the purchase). */
const CASH = /返现|返(?:您|你|给您|给你)?\s*[0-9一二三四五六七八九十两]|红包|现金|打款|免单|立返|返利|退[0-9一二三四五六七八九十两]+元|返款|返还|(?:钱|货款|本金)[^，。！？,.!?]{0,4}(?:都|全都|全部)?会?(?:还给|退给|返给)/;
/** Any reward after a review act. */
// (and the goods for nothing: 只为好评，拍完不付款，我改价0.1出售; not a gift with the purchase: 我给五星，买二送一)
const REWARD = new RegExp(`${CASH.source}|(?:不用|无需|不)付款|改价\\s*[0-9]*\\.?[0-9]+|领取|领\\s*[0-9一二三四五六七八九十两]|奖励|有礼|(?<!买[0-9一二三四五六七八九十两]{1,2}|拍[0-9一二三四五六七八九十两]{1,2}|下单|拍下)送|获赠|抽奖|优惠券|返券|的?一点心意|(?:即可|就可以?|就能)免费`);
/** What follows a compound that names the practice rather than offering it. */
const PRACTICE_AFTER = /^(?:平台|现象|行为|问题|乱象|套路|陷阱|骗局|产业|生意|群|网站|软件|app)/i;
/** A review asked for, right before the act (给个好评, 帮忙好评) or right after it (好评可以吗, 好评一下): with money back before
 *  it in the sentence (给您返5元，您给个好评可以吗) the money is the price of the review too. */
const ASKED_BEFORE = /(?:给|帮|打|写|留)(?:我们|咱们?|小店|店铺)?(?:个|一个|下|一下|忙)?\s*$/;
const ASKED_AFTER = /^\s*(?:可以吗|可以么|好吗|好不好|行吗|一下|哦|吧|呗|呀|啊)/;
/** A screenshot of the good review asked for (好评截图发客服, 好评麻烦截图看一下): proof the seller needs only to pay for it. */
const SCREENSHOT_AFTER = /^[^，。！？,.!?]{0,4}截图(?:发|给|看|一下|后|私|联系|找)/;
/** A review asked for as a question (写个好评吗？) and a gift offered right after it. */
const ASKED_THEN = /^\s*(?:可以吗|可以么|好吗|好不好|行吗|吗|呢)?\s*[?？]?\s*$/;
const REWARD_NEXT = /^[?？\s]*[^。！？!?]{0,8}?(?:送|赠送?)(?:您|你)?/;
const WORD_COUNT = /[0-9一二三四五六七八九十]+字/;
/** The card's request to keep the cashback quiet (请不要在网络上提及任何返现): the offer is there, and hidden. */
const CONCEAL = /(?:不要|请勿|勿|别|切勿|不得)[^，。！？,.!?]{0,8}(?:提及|提到|透露|说出|写出?|晒出?)[^，。！？,.!?]{0,6}(?:返现|返利|好评返)/;
/** Fake orders recruited (诚邀您兼职刷单，按条结算; 一单可赚刷单金额的6%佣金; 您赚佣金，卖家赚信誉; 急招抖音点赞员): organising fake
 *  trades and reviews for sellers (aucl art 8). The practice word with pay or a job offer in the sentence. */
const FAKE_ORDERS = /(?:刷单|刷信誉|刷销量|刷好评|刷评价|刷流水|补单|点赞员|秒单)(?=[^。！？!?]{0,30}(?:兼职|佣金|日结|提成|结算|工资|招聘|诚邀|急招|招募|日入|日赚|一单|每单|做不做|有兴趣|[0-9]+\s*元))|(?:兼职|佣金|日结|提成|招聘|诚邀|急招|招募|日入|日赚|一单|每单)[^。！？!?]{0,30}(?:刷单|刷信誉|刷销量|刷好评|刷评价|补单|点赞员|秒单)|赚佣金[^。！？!?]{0,8}赚信誉/g;
/** The other cues of this rule in the text as given (perf: the gate before the fold): a word count, money back, and the words
 *  of FAKE_ORDERS in both scripts. */
const TEXT_CUE = /字|返|刷|[补補秒][单單]|佣金|点赞员|點[讚贊]員/;
/** A sum right after the act: the price list of a review card (全五星10字好评1元+晒3图2元). */
const AMOUNT_AFTER = /^\s*[+＋]?\s*[0-9一二三四五六七八九十两]+(?:\.[0-9]+)?\s*(?:元|块)/;

export default defineCnRule({
  meta: {
    id: 'unfair-comp-online-2024/no-cash-for-good-reviews',
    type: 'problem',
    severity: 'error',
    binds: ['merchant', 'operator', 'streamer'],
    jurisdiction: 'CN',
    basis: [
      { source: 'unfair-comp-online-2024', article: '第九条第（五）项', evidence: 'N' },
      { source: 'aucl', article: '第二十条', evidence: 'N' },
      // organising fake trades for other businesses (the 2019 text's art 8 para 2; catalog entry 46)
      { source: 'aucl', article: '第八条', evidence: 'T' },
      { source: 'consumer-reg-2024', article: '第九条', evidence: 'S' },
    ],
    category: 'review-manipulation',
    docs: {
      description: {
        'zh-CN': '不得以返现、红包、卡券等方式诱导用户作出指定好评、点赞、定向投票（好评返现）',
        en: 'No cash, red packets or coupons in exchange for designated good reviews, likes or votes',
      },
    },
    messages: {
      cashForReview: { 'zh-CN': '以利益诱导好评：“{{term}}”', en: 'Reward offered for a good review: "{{term}}"' },
      fakeOrders: { 'zh-CN': '组织刷单、虚假交易或虚假评价：“{{term}}”', en: 'Fake orders or reviews organised: "{{term}}"' },
      neutral: { 'zh-CN': '改为“欢迎真实评价，好评差评都不影响售后”，奖励不得以好评为条件', en: 'Invite honest reviews instead; no reward may depend on a positive review' },
    },
  },
  lexicons: {
    // homophones too (好平返现, 号评返现)
    compound: { terms: COMPOUNDS, phonetic: true },
    review: { terms: REVIEW_ACTS },
    // ratings, not a review asked for (好评率99%的爆款，下单送运费险)
    exempt: { exempt: true, terms: ['好评率', '好评如潮', '好评度', '好评榜', '好评数', '五星级', '5星级',
      // (a duration or a price, not a five-point rating: 满15分钟抽免单, 五分钱)
      '5分钟', '五分钟', '5分钱', '五分钱', '5分熟', '五分熟'] },
  },
  create(ctx) {
    return {
      text(unit) {
        // perf: nothing to do without a review act or another cue (TEXT_CUE); no allocation
        const anyHit = ctx.hasHits(unit);
        if (!anyHit && !TEXT_CUE.test(unit.text)) return;
        // (news and regulation text: no hit below would be reported)
        if (unitIsMeta(unit)) return;
        const v = foldedView(unit);
        const hits = anyHit ? outermost(ctx.hits(unit)) : [];
        const done = new Set<string>();
        for (const h of hits) {
          const [s, e] = sentenceAround(v, h.start, h.end);
          const key = `${s}`;
          if (done.has(key)) continue;
          let end = h.end;
          let start0 = h.start;
          if (h.lexicon === 'review') {
            // the conditional link: a reward after the review act in the same sentence
            const rest = v.slice(h.end, e);
            const m = REWARD.exec(rest) ?? SCREENSHOT_AFTER.exec(rest) ?? AMOUNT_AFTER.exec(rest);
            // or a review asked for and the reward in the next breath (可以帮忙写个好评吗？这边会送您一份甜品)
            const next = !m && ASKED_THEN.test(rest) ? REWARD_NEXT.exec(v.slice(e, e + 16)) : null;
            if (m) end = h.end + m.index + m[0].length;
            else if (next) end = e + next.index + next[0].length;
            else {
              // or a reward before a review asked for (返您5元，您给个好评可以吗)
              const before = v.slice(s, h.start);
              const r = CASH.exec(before);
              if (!r || !(ASKED_BEFORE.test(before) || ASKED_AFTER.test(rest))) continue;
              start0 = s + r.index;
            }
          }
          if (isNotAClaim(unit, h.start, h.end)) continue;
          // the practice named as a noun (好评返现平台, 好评返现现象): a description, not an offer
          if (h.lexicon === 'compound' && PRACTICE_AFTER.test(v.slice(h.end, h.end + 4))) continue;
          done.add(key);
          // a word count just before the act belongs to it (10字加图片返1)
          const wc = /[0-9一二三四五六七八九十]+字\S{0,2}$/.exec(v.slice(Math.max(s, h.start - 6), h.start));
          const start = start0 < h.start ? start0 : wc ? h.start - wc[0].length : h.start;
          ctx.report({ messageId: 'cashForReview', data: { term: v.slice(start, end) }, unit, start, end, suggestions: [{ messageId: 'neutral' }] });
        }
        if (!done.size) {
          // fake orders recruited, a card hiding its cashback, a word count standing for the review act
          FAKE_ORDERS.lastIndex = 0;
          for (let f = FAKE_ORDERS.exec(v); f; f = FAKE_ORDERS.exec(v)) {
            const fe = f.index + f[0].length;
            if (isNotAClaim(unit, f.index, fe)) continue;
            ctx.report({ messageId: 'fakeOrders', data: { term: v.slice(f.index, fe) }, unit, start: f.index, end: fe, suggestions: [{ messageId: 'neutral' }] });
            return;
          }
          const c = CONCEAL.exec(v);
          if (c && !isMetaDiscourse(unit, c.index, c.index + c[0].length)) {
            ctx.report({ messageId: 'cashForReview', data: { term: c[0] }, unit, start: c.index, end: c.index + c[0].length, suggestions: [{ messageId: 'neutral' }] });
            return;
          }
          // "10字加图片返1": a word count stands for the review act
          const m = WORD_COUNT.exec(v);
          if (m) {
            const rest = v.slice(m.index + m[0].length, sentenceAround(v, m.index, m.index)[1]);
            const r = REWARD.exec(rest);
            if (r && !isNotAClaim(unit, m.index, m.index + m[0].length)) {
              const end = m.index + m[0].length + r.index + r[0].length;
              ctx.report({ messageId: 'cashForReview', data: { term: v.slice(m.index, end) }, unit, start: m.index, end, suggestions: [{ messageId: 'neutral' }] });
            }
          }
        }
      },
    };
  },
  examples: {
    violating: [{ text: '好吃就留一颗星，送可乐', category: 'food' }, { text: '可以帮忙写个好评吗？这边会送您一份甜品', category: 'food' }, '招聘兼职刷单，每单佣金5元', '你给个好评就行，钱全都会还给你', '只为好评，拍完不用付款，我改价0.1发货', '请不要在网络上提及任何返现', '全五星10字好评1元+晒3图2元', '亲，好平返现2元哦', '您看这边给您返5元，您给个好评可以吗', '确认收货好评一下，返您5元哦', '好评截图发客服，有惊喜', '请给5张图+一句好话+一个视频赞，有小红包奖励',
      '收到货给个五星好评带图，截图找客服返5块',
      '晒图评价送一包纸巾',
      '追评满30字抽免单',
      '全五星晒图+优质评价，奖励1元',
      '10字加图片返1',
      '确认收货后五星好评+带图，即可获赠小样一份',
      '收货好评后，48小时内返款到您的账户',
    ],
    compliant: ['这款我给五颗星，买二送一', '这款我给五星，下单送运费险', '可以帮忙写个好评吗？谢谢您的支持', '这家店在地图上只有一颗星', '警惕兼职刷单诈骗，一单返佣都是诱饵', '本店不刷单，所有销量真实可查', '下单后24小时内发货，补单请联系客服', '拆快递时可以看到商家放置的红色卡片，按照要求评价后，加微信发红包', '停留满3分钟领红包，满15分钟抽免单', '刷单炒信、好评返现……网络不正当竞争行为或将一去不复返', '买二送一，收到货满意给个好评吧', '收到货满意的话给个好评，不满意找客服', '多谢大家替我们说好话，我们会继续努力', '现在太多餐厅给好评就送东西，我也感觉越来越没参考性', '有的城市甚至出现了第三方好评返现平台', '外卖商家通常都会给五星好评返现，评价越来越没参考性', '包裹中不得附带第三方信息，包括但不限于：好评返现卡',
      '收到货欢迎真实评价，好评差评都不影响售后',
      '下单送纸巾，先到先得',
      '评论区扣1，我看看多少人想要',
      '好评率99%的爆款，下单送运费险',
      '收到货满意给个好评，这款99元两件',
      '“好评返现”已经违法了，我们不做',
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《网络反不正当竞争暂行规定》第九条第（五）项（条号据新闻报道）禁止以返现、红包、卡券等方式利诱用户作出指定好评、点赞、定向投票；罚则适用《反不正当竞争法》。违法的是“好评→奖励”的条件关系：中性地邀请真实评价、无条件赠品都不违法。',
      en: 'The 2024 online unfair-competition provisions, art 9(5) (number from news), ban cash, red packets or coupons that induce designated good reviews, likes or votes; penalties under the Anti-Unfair Competition Law. The violation is the conditional link review → reward; neutral invitations and unconditional gifts are lawful.',
    },
    fix: { 'zh-CN': '删除与好评挂钩的奖励；邀请真实评价，赠品不附评价条件。', en: 'Remove any reward tied to a review; invite honest reviews and give gifts without review conditions.' },
  },
});
