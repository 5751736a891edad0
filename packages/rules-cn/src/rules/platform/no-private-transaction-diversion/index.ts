import type { TextUnit } from '@liveguard/core';
import { defineCnRule } from '../../../util/define.js';
import { categoryOf, foldedView, isMetaDiscourse, isNegated, isNotAClaim, nearby, outermost, sentenceAround, unitIsMeta } from '../../../util/text.js';

// Lexicon C.4. Strong terms solicit contact or payment outside the platform on their own; weak terms
// (微信, 二维码, 转账 …) only when a solicitation cue shares the sentence.
const STRONG = [
  '加微信', '加我微信', '加个微信', '加一下微信', '微信号', '加v', '加vx', '加个v', '加wx', '加我v', '加我vx', 'v信', 'vx号', '薇信', '威信', '维信', '徽信', '绿泡泡',
  '企微', '企业微信', '扣扣号', '加群', '进群', '进粉丝群', '加粉丝群', '拉你进群', '粉丝群下单', '群里下单', '群里单独下单', '扫屏幕上的码', '扫我的码', '主页有联系方式', '看我简介',
  '私聊拍', '私聊下单', '私聊购买', '私下交易', '走个人', '不走平台', '打款到', '线下交易', '同城面交', '直接转我', '转我微信', '平台扣点高', '加卫星', '加个卫星',
  // QQ and Telegram by their nicknames (企鹅号, 飞机号)
  '企鹅号', '加企鹅', '飞机号', '加飞机',
  // the profile pointed at (看我主页简介, 看我签名). (The catalog's +v: the normaliser drops the plus sign, so it is the weak
  // vx, or an account id after it.)
  '看我主页简介', '看主页简介', '看我签名', '看我个签',
];
const WEAK = ['微信', 'wx', 'vx', 'qq', '扣扣', '扫码', '二维码', '私信我', '私信', '私我', '滴滴我', '转账', '私下', '私聊', '卫星', '橱窗外', '联系方式', '电话',
  // WeChat as 某信 (the word avoided), a code to scan pointed at (扫这里)
  '某信', '谋信', '扫这里', '扫一扫'];
const EXEMPT = [
  '微信支付', '微信扫码支付', '扫码支付', '微信视频号', '视频号', '扫码领平台优惠券', '官方公众号', '平台客服', '私信客服', '联系客服', '卫星电视', '卫星导航', '微信公众号',
  '电话客服', '客服电话', '转账记录', '聊天记录', '支付记录', '交易记录', '某信用', '某信托', '某信息', '某信号', '某信贷',
];
// (看更多详细图: the goods shown where the platform cannot see the deal)
const SOLICIT = /加|搜|私聊|私我|联系|找我|下单|便宜|优惠|少\d|少[一二三四五六七八九十几]|拍|购买|买|进群|发你|发我|备注|转账(?!记录)|转给|看(?:更多|详细|详情|实拍|实物|细节)/;
/** An account counted (每个手机上一个微信号, 几十个微信号): the noun, not an account given or asked for — unless the clause asks for
 *  one: a verb of adding or giving anywhere in its sentence (留一个微信号, 不要加她…因为一个微信号只能加5000人). */
const COUNTED_BEFORE = /(?:[一两几多每数十百千万0-9]+|若干)个$/;
const ASKS = /[加留发给搜扫私报]/;
const PAYMENT = /转账(?!记录)|打款|红包|不走平台|少\d|少[一二三四五六七八九十几]|便宜|私下|直接转|付款|下单|拍|购买|扣点/;
// (666 in a direct message is the code word its auto-reply answers with the off-platform contact: 私我 666, 私信我666领取)
/** A deal in a direct message's clause (not 拍: 直接拍下 is the platform's checkout, and 拍 is also a bat or a racket). */
const DM_DEAL = /(?:再|更|额外|另外|还能|还可以?)(?:优惠|便宜|打折|让利|减)|转账(?!记录)|打款|不走平台|少\d|少[一二三四五六七八九十几]|便宜|私下|直接转|付款|下单|购买|扣点|发(?:你|您)?链接|私发|(?<![0-9])666(?![0-9])/;
/** Words the platform would catch, said to move the talk to a direct message (敏感词不好说，私聊). */
/** A notice that the seller never asks (不会主动加您好友), refuses the practice (不接受私下交易) or a caution about it (慎重, 谨慎). */
const NOT_SOLICITING = /不会(?:主动)?(?:加|添加|联系|私信|索要|要求)|慎重|谨慎|不(?:接受|支持|允许|提供)(?:任何)?(?:形式的)?(?:私下|线下|站外|场外)/;
const EVADE = /敏感|不好说|不方便(?:说|讲|发)|懂的都懂|你懂的/;
const REGULATED = new Set(['drug-otc', 'drug-rx', 'medical-device', 'health-food', 'special-medical-food', 'tobacco', 'infant-formula']);

const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 幺: '1', 两: '2' };
const IS_DIGIT = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) IS_DIGIT[c] = 1;
for (const c of Object.keys(CN_DIGITS)) IS_DIGIT[c.charCodeAt(0)] = 1;
/** An off-platform account published: a contact channel and its account id (QQ 277497091, 『薇』——6759129, TG:@name, 备用V:MG10127,
 *  防失联+MM188166M). */
const CONTACT_ID = /(?:qq|扣扣|企鹅|微信|wx|vx|v信|[薇溦威徽]信?|tg|telegram|纸?飞机|v(?=\s?[:：])|防失联[+＋]?)(?:号|群|群号|客服)?[^0-9a-z@\u4e00-\u9fff]{0,6}(@[a-z][0-9a-z_]{3,}|[0-9a-z_](?:[0-9a-z_]|[ -](?=[0-9a-z_])){4,})/g;
// an account id: a handle, or five digits and more (not a price, a size or a year)
export const contactIds = (v: string) => matchRanges(CONTACT_ID, v, (m) => m[1][0] === '@' || (m[1].match(/[0-9]/g)?.length ?? 0) >= 5);
/** The ranges of a global pattern's matches in v that `keep` accepts, appended to `out` (perf: exec with lastIndex). */
function matchRanges(re: RegExp, v: string, keep?: (m: RegExpExecArray) => boolean, out: [number, number][] = []): [number, number][] {
  re.lastIndex = 0;
  for (let m = re.exec(v); m; m = re.exec(v)) if (!keep || keep(m)) out.push([m.index, m.index + m[0].length]);
  return out;
}
/** A plus sign for 加 before a contact channel (主页+v, +V：abc123, 想要的＋薇): the catalog's +v. The normaliser drops the plus
 *  sign, so it is looked for in the folded view; not after a letter or digit (12V+VGA, 套餐A+vip). */
const PLUS_CONTACT = /(?<![0-9a-z])[+＋]\s?(?:我的?|个)?\s?(?:vx|wx|v信|v(?![a-z])|[微薇溦威徽]信?|qq|扣扣|企鹅|tg(?![a-z])|飞机)/g;
const CHANNELS = ['qq', '扣扣', '企鹅', '微信', 'wx', 'vx', '薇', '溦', '威', '徽', 'tg', 'telegram', '飞机', 'v', '防失联'];
const PERSONS = ['助教', '助理', '班主任', '小助手', '课程顾问', '老师'];
/** A teacher or assistant to add (添加一下老师, 加助教老师): the course seller's private account. */
const ADD_PERSON = /(?:(?<![参增更追附外])加|添加)(?:一下|个|下)?(?:我们的?|我的)?(?:助教|助理|班主任|小助手|课程顾问|老师)/g;

/** Phone numbers (incl. 幺三八…, spaced or full-width digits) as original ranges. */
export function phoneNumbers(unit: TextUnit): [number, number][] {
  const n = unit.norm;
  // perf: a phone number needs 11 digits; most utterances have far fewer
  let count = 0;
  for (let i = 0; i < n.text.length && count < 11; i++) {
    const c = n.text.charCodeAt(i);
    count += IS_DIGIT[c];
  }
  if (count < 11) return [];
  let digits = '';
  const map: number[] = [];
  for (let i = 0; i < n.text.length; i++) {
    const c = n.text[i];
    if (c === '\u00b7' || c === ' ' || c === '-') continue;
    digits += CN_DIGITS[c] ?? c;
    map.push(i);
  }
  const out: [number, number][] = [];
  for (const m of digits.matchAll(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g)) {
    out.push([n.start[map[m.index!]], n.end[map[m.index! + m[0].length - 1]]]);
  }
  return out;
}

// The whole solicitation phrase is what a replacement replaces: 「加我薇信私聊」 → 「联系平台客服」, never
// 「加我联系平台客服私聊」. A phrase is: an optional 加/搜/扫 (+我/个/一下), the contact channel, and what
// follows it in the same breath (私聊, 详聊, 下单 …).
const SOLICIT_BEFORE = /(?:想要的|需要的|有需要的)?(?:加|搜|扫|找|联系|私信|私聊)(?:我|个|一下|下|我的)?(?:的)?\s*$/;
const SOLICIT_AFTER = /^(?:\s*(?:号|搜一下|联系我|找我|私聊|详聊|聊|私我|下单|拍|购买|了解))*/;
function solicitationFix(v: string, start: number, end: number): { messageId: string; replacement?: string; start?: number; end?: number } {
  const before = SOLICIT_BEFORE.exec(v.slice(Math.max(0, start - 8), start));
  const s = before ? start - before[0].length : start;
  const after = SOLICIT_AFTER.exec(v.slice(end));
  const e = end + (after ? after[0].length : 0);
  const phrase = v.slice(s, e);
  // replace only a phrase that is a solicitation by itself (starts with the asking verb); otherwise describe
  return /^(?:想要的|需要的|有需要的)?(?:加|搜|扫|找|联系|私信|私聊)/.test(phrase) ? { messageId: 'usePlatform', replacement: '联系平台客服', start: s, end: e } : { messageId: 'usePlatform' };
}

export default defineCnRule({
  meta: {
    id: 'platform/no-private-transaction-diversion',
    type: 'problem',
    severity: 'warning',
    binds: ['streamer', 'operator', 'merchant'],
    jurisdiction: 'CN',
    basis: [
      { source: 'consumer-reg-2024', article: '第十四条', evidence: 'M' },
      { source: 'live-ecom-supervision', article: '第二十四条', evidence: 'T' },
      { source: 'live-ecom-supervision', article: '第十六条', evidence: 'T' },
      { source: 'internet-ad-2023', article: '第八条', evidence: 'T' },
      { source: 'online-trade-2021', evidence: 'M' },
    ],
    category: 'private-transaction',
    docs: {
      description: {
        'zh-CN': '不得引导观众脱离平台联系或交易（加微信、进群、扫码转账、留电话）；法律依据为间接依据（交易记录留存与争议信息义务）及平台规则',
        en: 'Do not steer viewers to contact or pay outside the platform (WeChat, groups, QR transfers, phone numbers); the legal basis is indirect (record-keeping and dispute-information duties) plus platform rules',
      },
    },
    messages: {
      diversion: { 'zh-CN': '引导私下联系/交易：“{{term}}”', en: 'Steering viewers off the platform: "{{term}}"' },
      diversionPay: { 'zh-CN': '引导脱离平台交易（含付款或价格诱因）：“{{term}}”', en: 'Steering viewers to trade off the platform (with a payment or price cue): "{{term}}"' },
      phone: { 'zh-CN': '公布手机号码引导私下联系：“{{term}}”', en: 'Phone number published to take contact off the platform: "{{term}}"' },
      contactId: { 'zh-CN': '公布站外联系账号引导私下联系：“{{term}}”', en: 'Off-platform account published to take contact off the platform: "{{term}}"' },
      usePlatform: { 'zh-CN': '改为引导通过平台下单，咨询找平台客服', en: 'Point viewers to the platform checkout and platform customer service' },
    },
  },
  lexicons: {
    // homophones too (加威信, 加围信): spellings chosen to dodge word lists, and speech recognition's accidents
    strong: { terms: STRONG, phonetic: true },
    weak: { terms: WEAK },
    exempt: { exempt: true, terms: EXEMPT },
    // perf: the account-id and person-to-add patterns run only where the shared automaton found their cue
    channel: { terms: CHANNELS.map((term) => ({ term, wholeWord: false })) },
    person: { terms: PERSONS.map((term) => ({ term, wholeWord: false })) },
  },
  create(ctx) {
    return {
      text(unit) {
        const anyHit = ctx.hasHits(unit, 'strong') || ctx.hasHits(unit, 'weak');
        const phones = phoneNumbers(unit);
        const ids = ctx.hasHits(unit, 'channel') ? contactIds(foldedView(unit)) : [];
        // contact asked for: +v and the like, a teacher or assistant to add
        const adds = unit.text.includes('+') || unit.text.includes('＋') ? matchRanges(PLUS_CONTACT, foldedView(unit)) : [];
        if (ctx.hasHits(unit, 'person') && unit.text.includes('加')) matchRanges(ADD_PERSON, foldedView(unit), undefined, adds);
        if (!anyHit && !phones.length && !ids.length && !adds.length) return;
        // (news and regulation text: no hit below would be reported)
        if (unitIsMeta(unit)) return;
        const hits = anyHit ? outermost([...ctx.hits(unit, 'strong'), ...ctx.hits(unit, 'weak')]) : [];
        if (!hits.length && !phones.length && !ids.length && !adds.length) return;
        const v = foldedView(unit);
        const cat = categoryOf(ctx, unit);
        const reported: [number, number][] = [];
        for (const h of hits) {
          if (h.lexicon === 'weak') {
            if (hits.some((o) => o.lexicon === 'strong')) continue; // the strong hit carries the finding
            // a direct message (私信, 私聊, 私我) is the platform's own chat: only a deal or payment in the same clause takes
            // the trade off the platform (想要的私聊我 on a marketplace listing is the platform's chat; 私聊我，少二十 is not)
            const dm = h.term.startsWith('私信') || h.term === '私聊' || h.term === '私我';
            const cue = dm ? nearby(unit, h, DM_DEAL, 'clause') ?? nearby(unit, h, EVADE) : nearby(unit, h, SOLICIT);
            if (!cue) continue;
          }
          if (isNotAClaim(unit, h.start, h.end)) continue;
          if (h.term === '微信号' && COUNTED_BEFORE.test(v.slice(Math.max(0, h.start - 6), h.start)) && !ASKS.test(v.slice(...sentenceAround(v, h.start, h.end)))) continue;
          // an anti-scam notice (客服不会主动加您微信) or a caution (私下交易要慎重) is no solicitation
          if (nearby(unit, h, NOT_SOLICITING)) continue;
          const pay = !!nearby(unit, h, PAYMENT) || (cat !== undefined && REGULATED.has(cat));
          // the finding covers the whole solicitation phrase, so that its replacement reads well
          const fix = solicitationFix(v, h.start, h.end);
          const fs = fix.start ?? h.start, fe = fix.end ?? h.end;
          reported.push([fs, fe]);
          ctx.report({
            messageId: pay ? 'diversionPay' : 'diversion', data: { term: v.slice(fs, fe) }, unit, start: fs, end: fe,
            severity: pay ? 'error' : undefined,
            suggestions: [fix.replacement !== undefined ? { messageId: 'usePlatform', replacement: fix.replacement } : { messageId: 'usePlatform' }],
          });
        }
        for (const [s, e] of phones) {
          if (isNotAClaim(unit, s, e)) continue;
          ctx.report({ messageId: 'phone', data: { term: unit.text.slice(s, e) }, unit, start: s, end: e, suggestions: [{ messageId: 'usePlatform' }] });
        }
        const covered = (s: number, e: number) => reported.some(([a, b]) => a < e && s < b) || phones.some(([a, b]) => a < e && s < b);
        for (const [s, e] of ids) {
          // (quotes and brackets around an account id are decoration, not a term discussed: 「『薇』——6759129」)
          if (covered(s, e) || isNegated(unit, s, 12, e) || isMetaDiscourse(unit, s, e)) continue;
          reported.push([s, e]);
          ctx.report({ messageId: 'contactId', data: { term: unit.text.slice(s, e) }, unit, start: s, end: e, suggestions: [{ messageId: 'usePlatform' }] });
        }
        for (const [s, e] of adds) {
          if (covered(s, e) || isNotAClaim(unit, s, e)) continue;
          reported.push([s, e]);
          ctx.report({ messageId: 'diversion', data: { term: unit.text.slice(s, e) }, unit, start: s, end: e, suggestions: [{ messageId: 'usePlatform' }] });
        }
      },
    };
  },
  examples: {
    violating: [ '新老用户采购前私聊可在上述价格上再优惠','留一个微信号给我，私聊发你链接', '想要的评论区扣1，私我666', '有需要的私信我666领取', '消息回复不及时，+我的V细说', '防失联+MM188166M，备用V:MG10127', '主页+v领福利，名额有限', '想要原单的＋薇私聊', '进群后私下给推荐人发200的红包', '想要的私聊发你链接', '想要的加我危信', '怎么买？点关注，进粉丝群',
      '想要便宜的加我薇信，不走平台少二十',
      'V信搜一下，私聊拍',
      '加 微 信 领优惠',
      '电话幺三八一二三四五六七八，直接打给我',
      '扫屏幕上的码进群，群里单独下单',
      '想要的加个绿泡泡',
      '售后问题加我企鹅号',
      '详情咨询QQ：12345678',
      '想报名的扫这里，添加一下助教老师',
      '下单前先加某信，给你发资料',
      '可以通过微信转账支付，比平台便宜',
      '想要的私聊我，直接转我少二十',
      '想要同款的看我主页简介',
      '敏感词不好说，私聊',
    ],
    compliant: [ '用户应坚持在平台内完成交易，避免通过微信进行私下交易', '群控就是一台电脑控制一大批手机，每个手机上一个微信号', '借助微信联系买家，将水货美容针剂非法销售给国内的微商牟利', '家人们666，感谢支持，私信的问题客服会一一回复', '前几天在朋友圈看到了助农推文，就顺手下单了', '电压V:220，功率1500W', '这样的交易一般通过微信群转账，无明确的售后保障', '所有交易均通过平台担保渠道完成，不接受私下交易', '有的微信代购经营者要求消费者先通过转账付全款，容易收款不发货', '12V+VGA接口，支持投屏', '会员套餐A+vip专享价', '平台内的交易有保障，私下加微信交易没有平台监管，风险高', '官方客服不会主动添加您的微信，谨防诈骗', '如果一定要私下交易，请务必慎重', '在评论区留微信号，会被判定为站外导流', '喜欢的话分享给微信好友', '消费者在电视购物电话中购买了一款手机', '关注店铺微信公众号领取优惠券', 
      '私下交易存在资金安全、售后无保障等多重风险',
      '骗子要求添加QQ、微信等，私下转款、扫码交易',
      '你们的交易都属于私人行为的私下交易',
      '卖家以谐音等“暗语”，将用户引流至微信进行交易',
      '点下方小黄车下单，售后走平台客服',
      '可以用微信支付付款',
      '我们在微信视频号也有直播',
      '扫码领平台优惠券，再回来下单',
      '有问题私信客服，我们都在线',
      '微信里的聊天记录和转账记录都要保存好，维权时用得上',
      '报名成功后，课程助理会私信联系你',
      '感兴趣的话点“我想要”和我私聊吧～',
      '小王分两次通过微信转账付了定金，之后再也联系不上卖家',
      '欢迎参加老师的公开课，今晚八点开讲',
      '某信用卡中心提醒持卡人按时还款',
      '这款微单相机2400万像素，支持4K视频',
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '没有法律条文直接禁止“加微信”。但《直播电商监督管理办法》第十六条要求平台保存交易信息（含直播回放和互动记录）至少三年，第二十四条把提供撮合服务的其他网络服务提供者纳入平台义务；《消费者权益保护法实施条例》第十四条（条号待核）要求争议时提供经营者和主播信息。私下交易使这些义务落空，平台规则（如快手专项治理）明令禁止。涉及药品、医疗器械、保健食品等受监管商品或带有付款/价格诱因时按严重处理。',
      en: 'No statute bans "add me on WeChat" as such. But the 2026 live e-commerce measures require platforms to keep trade records including replays for three years (art 16) and extend platform duties to other services that match buyers and sellers (art 24); the consumer-protection regulation (art 14, number unverified) requires operator and anchor information in disputes. Off-platform deals defeat these duties, and platform rules ban them. With regulated goods or a payment/price cue the finding is an error.',
    },
    fix: {
      'zh-CN': '删除联系方式和导流话术，改为“点下方链接下单，售后找平台客服”。',
      en: 'Remove contact details and diversion wording; point viewers to the platform link and platform customer service.',
    },
  },
});
