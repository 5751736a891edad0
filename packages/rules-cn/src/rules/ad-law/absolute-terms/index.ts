import type { LexiconHit } from '@liveguard/core';
import { defineCnRule } from '../../../util/define.js';
import { categoryOf, clauseAround, endsWord, foldedView, inUnansweredQuestion, isNotAClaim, outermost, sentenceAround, startsWord, unitIsMeta } from '../../../util/text.js';
import { ABSOLUTE_EXEMPT, ABSOLUTE_TERMS } from './terms.js';
import { ACCESS_BEFORE } from '../../../util/claims.js';

// 最佳/最好 followed by a way of using the product is a consumption tip (ad-absolute-guide-2023 exemption 3(b)).
const TIP_AFTER = /^(?:的?(?:食用|饮用|服用|赏味|使用|保存|储存|观看|显示|浏览|冲泡|佩戴|穿着|搭配|口感温度|温度|时间|时机|方法|方式|品质期|风味期)|品质考虑)/;
// 最好用 + a way to prepare or clean (最好用40度左右的温水稀释后服用, 最好用清水冲洗): advice, not "the most usable"
const USE_WITH_AFTER = /^(?!的)[^，。！？,.!?]{0,12}?(?:稀释|冲泡|冲服|送服|清洗|冲洗|浸泡|擦拭|漱口|调匀|搅拌)/;
// 最好 as advice ("had better"): followed by a verb, not by 的/用/吃 (the adjective "best").
const ADVICE_AFTER = /^(?:[在先别放趁提避还能选不要再多少每早晚去来给让把用温冷冻密常及尽当]|冷藏|饭后|饭前|咨询|询问|请教|问问|遵医嘱|联合|配合|结合|分开|间隔|坚持|定期|按时|按照|适量|适当|听从|就医|备|离开|是(?=[带有用选买在去要能把让先再戴穿放不别]))/;
/** The best way named as a habit or prevention (最好的办法还是防患于未然, 最好的方法是多喝水). */
const BEST_WAY_ADVICE = /^的(?:办法|方法|方式|做法|预防)(?:还是|就是|是)(?:要)?(?:防|预防|注意|多|少|避免|保持|坚持|养成|早|及时|定期|咨询|就医|去医院|均衡|规律|适量|科学)/;
const ADVICE_NOT = /^(?:用的|用[，。！!?？,]|用$|看|吃|喝|穿|闻|玩|卖|的)/;
// 最高/最低/最大/最多 + a figure or a limit is a statement of a bound (最高立减50, 最高一次打赏9万元, 最高评价20笔订单), and 最低者 "the lowest
// of them" is a rule's wording (以其中最低者为基准价): not claims.
const BOUND_AFTER = /^(?:[0-9可减立返抵达为至者直省送赠值]|(?![价级端档])[\u4e00-\u9fa5]{1,2}\s*[0-9]+\s*(?:笔|次|单|件|个|份|元|块|点|名|位|人|天|张|倍)|一次|一单|一天|一年|不超过|(?:标准|工资|限额|限度|消费|额度|起订量|起购量|生活保障)|(?:补贴|优惠|减免|返现|奖励|提现|充值|消费|起购|购买|支付)\s*[0-9])/;
// …and a record or a price reached, told as a figure (最高成交达到8万元, 最低跌至3元): a fact of the market, not a rank of goods
const BOUND_REACHED_AFTER = /^[\u4e00-\u9fa5]{0,4}?(?:达到?|高达|可达|超过?|逾|涨到|涨至|跌到|跌至|卖到|卖出|拍出|成交)\s*(?:了|过|价)?\s*(?:每(?:公斤|千克|克|斤|两|件|只))?\s*[0-9一二三四五六七八九十两几]/;
// A superlative of a natural or geographic feature (西南最大的内陆口岸, 中国最大的淡水湖): geography, not a claim about goods
const NATURE_BEFORE = /(?:日晒|阳光|太阳|紫外线|日照|光照|气温|温度|风力|风浪|雨势|湿度|降雨)(?:是|也)?$/;
const GEOGRAPHY_AFTER = /^的?[\u4e00-\u9fa5]{0,10}?(?:地区|口岸|港口|海港|淡水湖|咸水湖|湖泊|湖|河流|平原|盆地|高原|沙漠|草原|岛屿|群岛|半岛|海湾|瀑布|峡谷|山脉|山峰|火山|冰川|湿地)(?:之一|(?![\u4e00-\u9fa5]))/;
// Breast milk called best (母乳是婴儿最好的食物; 婴儿最佳食品是母乳, the statement infant-formula labels must carry; 母乳喂养给宝宝最好的营养):
// breast milk is the subject, not goods — unless the clause names formula too
const BREASTMILK_BEFORE = /母乳(?:喂养)?[^，。！？,.!?；;]{0,10}$/;
const BREASTMILK_AFTER = /^的?[\u4e00-\u9fa5]{0,4}(?:是|为|就是|莫过于)母乳/;
// (and goods made to imitate it: 仿母乳设计的奶嘴, 媲美母乳)
const FORMULA = /奶粉|配方|乳粉|代乳|替代|代替|接近|仿母乳|类母乳|近似|媲美|奶嘴|奶瓶/;
// the best season of a year, of a kind of goods in general (冬蜜是一年当中质量最佳的蜂蜜): a seasonal fact, not a rank among goods —
// not for price (一年中最低的价格 stays a price claim)
const SEASON_BEFORE = /(?:一年(?:当中|之中|中|里)|四季(?:当中|之中|中|里))[^，。！？,.!?]{0,8}$/;
// the best dose or measure told in figures (单粒钙含量100-200mg最安全): a consumption tip
const DOSE_BEFORE = /[0-9]\s*(?:mg|毫克|g|克|ml|毫升|μg|微克|度|℃|分钟|小时|杯|粒|片)\s*(?:左右|以内|之间)?$/i;
// the seller's own range compared (我们最便宜的入门款, 店里最贵的一款): self-comparison, exemption of the 2023 guide
const OWN_RANGE_BEFORE = /(?:我们|我们家|我家|咱家|咱们家|本店|店里|我们店)(?:的|里|目前)?$/;
const OWN_RANGE_AFTER = /^的?(?:入门款|基础款|入门级|一款|款式?|型号|配置|套餐|版本)/;
// 第一 followed by a classifier is an ordinal (第一款, 第一种); the exempt lexicon lists the common ones.
const ORDINAL_AFTER = /^(?:[0-9个次步天批件款位条号点眼口期单轮波排层重章季周年代届遍份瓶盒袋箱支套杯组种类手节课集道关站]|时间|印象|阶段)/;
// A superlative in the name of an award received is exemption 3(f) of the 2023 guide (获得…最受欢迎奖): the name, with 奖
// a few characters on, after a verb of receiving in the clause.
const AWARD_AFTER = /^[\u4e00-\u9fa5]{0,4}(?:奖|称号|荣誉)/;
const AWARD_BEFORE = /(?:获得|荣获|获评|获颁|喜获|摘得|获|被评为|评为|授予)[^，。！？,.!?；;]{0,24}$/;
// 天花板 as a ceiling of a room, not "the very top": the building around it or what hangs from it
const CEILING_LITERAL_BEFORE = /(?:房间|屋|室|厅|厨房|卫生间|浴室|墙|吊顶|装修|安装|装在|挂在|贴在|顶上|楼)[^，。！？,.!?]{0,4}$/;
const CEILING_LITERAL_AFTER = /^(?:上|下|里|内|的?(?:高度|装修|吊顶|漏水|灯|材料|安装|开裂|发霉|油漆|涂料|角|边|板材))/;
// 最大/最高/最低 + a measured quantity and its figure is a specification (最大承重50KG, 最高转速3000转)
const SPEC_AFTER = /^(?:支数|纱支|针数|克重|承重|载重|功率|容量|转速|风速|风量|流量|压力|扭矩|续航|电流|电压|温度|湿度|负载|负荷|尺寸|长度|宽度|高度|深度|厚度|重量|速度|输出|输入|分辨率|亮度|音量|可调|支持|主频|频率|刷新率|像素|帧率|采样率|码率|变焦|光圈|时速|车速|马力|排量|功耗|精度|带宽|速率|读取|写入|内存|存储|发行量|铸造量|面额|直径)[^，。！？,.!?]{0,8}[0-9]/;
const PROHIBITIVE_AFTER = /^(?:不允许|不可以|不能|禁止|不要|不得|不行)/;
// 100%纯棉 states a material, 100% sRGB a screen's colour gamut; 100%纯天然 is an unprovable purity claim
const MATERIAL_AFTER = /^(?:s?rgb|dci|ntsc|adobe\s*rgb|p3|色域|纯(?!天然|植物|中药|草本|绿色|无添加)|[棉麻丝毛绒]|羊毛|羊绒|蚕丝|真丝|涤纶|聚酯|原浆|果汁|鲜榨|新疆|澳洲|进口|全新|正品|回收)/;
// Efficacy in medicine, health or finance: the 2023 guide gives no first-offence leniency there.
const EFFICACY = /治疗|治愈|根治|疗效|药效|病|癌|血压|血糖|血脂|血栓|抗炎|消炎|免疫|见效|有效率|收益|回报|回本|理财|投资|保本|升值|增值|赚/;
// the cues of PATTERNS, in one pass over the text (perf: thirteen indexOf calls cost twice as much)
const ACCESS_VALIDITY_BEFORE = new RegExp(`${ACCESS_BEFORE}[^。！？!?]{0,10}$`);
const PATTERN_CUE = /[最%％比]|只有|首位|连冠|任何|媲美|企及|超越|相提并论|top/i;
/** An indirect question right before a hit (是否, 是不是, 算不算, 能否). */
const WHETHER_BEFORE = /(?:是否|是不是|算不算|能否|有没有)$/;
// A goal or an attitude, not a claim about goods (ad-absolute-guide-2023 exemption 2: 追求最好的服务, 您的满意是我们最大的追求,
// 致力打造…最高的酒店): a superlative after a verb of striving in its clause, or naming what the business strives for.
// (and the reader's own wish: 要想吃到最美味的荔枝，就要…)
const GOAL_BEFORE = /(?:致力|追求|力争|立志|争做|争创|力求|志在|努力(?:成为|打造|做到|做)|目标是|愿景是|使命是|梦想是|要想|若想|如果想)[^，。！？,.!?]{0,12}$/;
/** A contest's ranking rule: the highest amount or the most votes wins (累计购物金额最高的前5名用户, 获得票数最高的选手). */
const RANK_MEASURE_BEFORE = /(?:金额|票数|得票|分数|得分|积分|点赞数?|次数|邀请人数|助力值?|投票数?)(?:的)?$/;
const RANK_RULE_AFTER = /^的?(?:前\s*[0-9一二三四五六七八九十]+\s*(?:名|位)|[\u4e00-\u9fa5]{0,2}(?:选手|用户|参赛者|作品|队伍|会员|顾客|网友|同学|玩家|个人|团队|买家|粉丝|门店))/;
/** 第一家 of one's own stores is an ordinal (旗下的第一家门店), unless ranked in a wider field (全国第一家…). */
const NATION_SUBJECT = /^\s*(?:(?:我国|中国|全国)(?:已经?|目前|现已|如今|已成为|成为|是|位居|居|的[^，。！？,.!?]{0,8}(?:总量|规模|产量|数量)(?:已|已经)?(?:是|居|位居)?)|(?:我国|中国|全国|台湾|香港|澳门|内地|大陆|日本|韩国|美国|英国|法国|德国|印度|全球|世界)的?[^，。！？,.!?]{0,8}(?:率|量|人数|人口|总量|规模|面积)(?:已经?|仍|仍然|一直)?(?:居|位居|高居|排名|名列))/;
// (…and a country's or region's rate or amount ranked: 台湾洗肾率居世界第一, 我国茶叶产量居世界第一 — a statistic, not goods)
const AUDIENCE_VOTE_BEFORE = /(?:点赞|票数|投票|得票|弹幕|扣[0-9a-z一二三]?的?)[^，。！？,.!?]{0,2}$/i;
const OWN_STORE_AFTER = /^家(?:门店|分店|店|实体店|专卖店|直营店|旗舰店|体验店)/;
const WIDE_FIELD_BEFORE = /(?:全国|国内|全球|世界|中国|行业|业内|全省|全市|首都|亚洲|全网)[^，。！？,.!?]{0,6}$/;
const GOAL_AFTER = /^的?(?:追求|心愿|愿望|荣幸|目标|梦想|动力|使命|宗旨|心意|诚意|期待|期望|骄傲|欣慰)/;
// …and the seller's service, not the goods (用最专业的推荐、最甜美的解说帮你找到心仪之选; 最贴心的售后): exemption 2 as well
const SERVICE_AFTER = /^的?(?:服务|售后|态度|讲解|解说|推荐|陪伴|热情|耐心|诚意|支持(?:开箱|验货|退换|退货|七天))/;
// A superlative of a time to eat or use (一年中最好吃的时候, 最佳的季节): a consumption tip (exemption 3(b)); so is the best
// way of placing or preparing (放在进风口吹风，效果最好; 冰镇后口感最佳)
// the best value of a measure, told as a figure: a consumption tip or a fact, not a rating of the goods (guide 3(b)):
// 最好的距离是30到70公里, 最佳冲泡水温为85℃
// (and the best time or age for something: 潜能的最佳开放时间大多在幼年时期, 最佳食用时间)
const OPTIMUM_TIME_AFTER = /^的?[\u4e00-\u9fa5]{0,4}(?:时间|时期|时机|季节|年龄|月份|时段)/;
const OPTIMUM_AFTER = /^的?[\u4e00-\u9fa5]{1,6}(?:是|为|在)在?\s*(?:每天|每日|每次|每餐)?\s*(?:[0-9]|[一二三四五六七八九十两几]+(?:到|至|~|-|个|次|度|岁|天|分|小时|公里|米|厘米|克|毫升))/;
// the product's own main feature, compared with nothing else (这件外套最大的设计亮点在于…)
const FEATURE_AFTER = /^的?(?:设计)?(?:亮点|特点|特色|卖点|不同之处|不同|区别|变化)(?:在于|是|就是)/;
// a fee promise (绝无任何后续费用, 绝无隐形消费): no extra charge, not a rating of the goods
const FEE_AFTER = /^(?:任何)?(?:后续|额外|隐形|隐藏|其他|二次|附加|乱)?的?(?:费用|收费|消费|加价|押金)/;
/** Within a whole named just before (其中醋酸含量最高, 成分中以…含量最多). */
const WITHIN_BEFORE = /(?:其中|当中|成分中|配料中|(?:这|本|该|整)(?:套|组|系列)[^，。！？,.!?；;]{0,8}中)[^，。！？,.!?；;]{0,8}(?:含量|比例|占比|面额|重量|尺寸|规格|容量|直径)的?$/;
const TIME_AFTER = /^的?(?:时候|季节|时节|时期|月份|时段)/;
const TIP_BEFORE = /(?:(?:按照|遵照|根据|参照)[^。！？!?]{0,10}(?:说明书?|指导|指示|步骤)[^。！？!?]{0,10}(?:以|才能|即可|可)?(?:获得|达到|发挥|保证)|放在|放置在?|摆在|挂在|装在|搭配|配合|冷藏后?|冰镇后?|冷冻后?|加热后?|浸泡|静置|摇匀后?|使用时|用的时候|吃的时候|喝的时候|趁热|空腹|饭前|饭后|餐前|餐后|睡前|晨起)[^。！？!?]{0,10}[，,]?\s*(?:效果|口感|味道|风味)?[也都会]?$/;
// 绝对 before a verb of guessing is about the viewer, not the goods (价差你绝对想不到)
const ASIDE_AFTER = /^(?:想不到|猜不到|没想到|意想不到|想象不到)/;
// A ranking with its source stated (爆款榜TOP1 *榜单数据来源抖音商家后台) is exemption 3(g)'s qualified fact; the data rule still
// asks for its scope and period
const RANKING = /第一|top\s*1|no\.?\s*1|销冠|冠军|榜首/i;
const RANK_SOURCE = /数据来源|来源[:：]|(?:资料|数据)显示|(?:从|据|由)[^，。！？,.!?]{1,12}数据(?:可以|可)?(?:看到|显示|来看)|据[^，。！？,.!?]{1,24}(?:报告|统计|数据|榜单|显示)|统计(?:范围|周期|时间)|榜单数据/;
const HIGH_RISK_CATEGORIES = new Set(['health-food', 'drug-otc', 'drug-rx', 'medical-device', 'special-medical-food', 'finance', 'infant-formula']);

// …and "nobody beats it" (没有人做得比它更强, 找不到比这款更好的): a superlative without 最
const PATTERNS = /(?<![0-9.])100\s*[%％]|(?:[0-9]+|[二三四五六七八九十两])连冠|(?:无|没有)任何(?:一款|一种|一个|一家)?(?:其他|别的)?[^，。！？,.!?]{0,10}(?:能|可以|可)(?:达成|达到|做到|媲美|比肩|超越|替代)|(?:全网|全国|全球|全世界|行业内?|史上|业内|业界|同类|同级|宇宙)最(?!贵)[\u4e00-\u9fa5]{1,3}|(?:全网|全国|全球|全世界|世界|行业内?|业内|国内|国际|亚洲)的?\s*[Tt][Oo][Pp](?![A-Za-z0-9])|(?:没有|没)(?:人|谁|哪个|哪家|任何(?:人|一家|品牌|产品|一款))[^，。！？,.!?]{0,10}比(?:它|我们|我家|咱家|这款|这个|我)[^，。！？,.!?]{0,3}(?:更|还)(?:好|强|厉害|专业|便宜|低)|找不到比[^，。！？,.!?]{1,8}(?:更|还)(?:好|强|便宜|低)的?|(?:全球|全国|全世界|世界上|国内|行业内?)[^。！？!?]{0,20}只有[^，。！？,.!?]{0,12}?(?:这)?一(?:家|款|个)|(?:其他|其它|别的|同类|任何)(?:的)?(?:产品|品牌|商品|东西)[^，。！？,.!?]{0,4}(?:都)?(?:无法|不能|难以|无可|没法)(?:能|可以)?(?:相?比|比拟|媲美|企及|超越|相提并论)|(?:全网|全国|全球|全世界|世界|国内|行业内?|业内)的?首位[^，。！？,.!?]{0,16}(?:品牌|产品|企业|厂家|商家)/g;

export default defineCnRule({
  meta: {
    id: 'ad-law/absolute-terms',
    type: 'problem',
    severity: 'warning',
    binds: ['streamer', 'operator', 'merchant'],
    jurisdiction: 'CN',
    basis: [
      { source: 'ad-law', article: '第九条第（三）项', evidence: 'T' },
      { source: 'ad-law', article: '第五十七条', evidence: 'T' },
      { source: 'ad-absolute-guide-2023', evidence: 'N' },
    ],
    category: 'absolute-terms',
    docs: {
      description: {
        'zh-CN': '广告不得使用“国家级”“最高级”“最佳”等绝对化用语（时间/序数、用量提示、消费提示等除外）',
        en: 'Ads may not use absolute terms such as "national-level", "highest-grade", "best" (time/ordinal words, quantity limits and consumption tips excepted)',
      },
    },
    messages: {
      absolute: { 'zh-CN': '绝对化用语“{{term}}”：广告不得使用“国家级”“最高级”“最佳”等用语', en: 'Absolute term "{{term}}": ads may not use "national-level", "highest-grade", "best" or similar terms' },
      absoluteEfficacy: {
        'zh-CN': '绝对化用语“{{term}}”与功效/收益宣传同时出现：医疗、保健、金融领域的绝对化功效用语不适用首违轻微不罚',
        en: 'Absolute term "{{term}}" combined with an efficacy or return claim: no first-offence leniency in medical, health or finance ads',
      },
      replace: { 'zh-CN': '改为“{{to}}”', en: 'Replace with "{{to}}"' },
      remove: { 'zh-CN': '删除“{{term}}”，或改为有出处、范围和时间的可证实表述', en: 'Remove "{{term}}", or state a provable fact with its source, scope and period' },
    },
  },
  lexicons: {
    terms: { terms: ABSOLUTE_TERMS },
    exempt: { exempt: true, terms: ABSOLUTE_EXEMPT },
  },
  create(ctx) {
    return {
      text(unit) {
        // perf: nothing to do without a lexicon hit or a cue of the patterns below (100%, 全网最…, 五连冠); no allocation
        const anyTerm = ctx.hasHits(unit, 'terms');
        const t = unit.text;
        const cue = PATTERN_CUE.test(t);
        if (!anyTerm && !cue) return;
        // (news and regulation text: no hit below would be reported)
        if (unitIsMeta(unit)) return;
        const hits: LexiconHit[] = anyTerm ? ctx.hits(unit, 'terms') : [];
        const v = foldedView(unit);
        // patterns the lexicon cannot list: 100%, 全网最宠粉
        if (cue) {
          PATTERNS.lastIndex = 0;
          for (let m = PATTERNS.exec(v); m; m = PATTERNS.exec(v)) {
            const s = m.index, e = s + m[0].length;
            hits.push({ lexicon: 'terms', term: m[0], data: m[0].startsWith('100') ? { cls: 'percent' } : {}, start: s, end: e, normStart: -1, normEnd: -1 });
          }
        }
        const outer = outermost(hits);
        if (!outer.length) return;
        const cat = categoryOf(ctx, unit);
        let efficacy: boolean | undefined;
        for (const h of outer) {
          const term = v.slice(h.start, h.end).replace(/[^\p{L}\p{N}%.]/gu, '') || h.term;
          // perf: the context tests look at the next few characters only
          const after = v.slice(h.end, h.end + 24);
          const base = h.term.toLowerCase();
          const cls = h.data?.cls as string | undefined;
          // a figure is not a claim: TOP1 in TOP100, NO.1 in NO.10, and a percentage term must keep its %
          if (/[0-9]$/.test(v.slice(h.start, h.end)) && /^[0-9]/.test(after)) continue;
          if (cls === 'percent' && !/[%％]|百分/.test(v.slice(h.start, h.end))) continue;
          if ((base === '最佳' || base === '最好') && TIP_AFTER.test(after)) continue;
          if (base === '最好' && ADVICE_AFTER.test(after) && !ADVICE_NOT.test(after)) continue;
          if (base === '最好用' && USE_WITH_AFTER.test(after)) continue;
          // the best way is prevention or care, not goods (最好的办法还是防患于未然)
          if ((base === '最好' || base === '最佳') && BEST_WAY_ADVICE.test(after)) continue;
          if (/^最(?:高|低|大)$/.test(base) && (BOUND_AFTER.test(after) || SPEC_AFTER.test(after) || BOUND_REACHED_AFTER.test(after))) continue;
          if (base.startsWith('最') && GEOGRAPHY_AFTER.test(after)) continue;
          // the weather or the sun at its strongest (午后日晒最强, 紫外线最强的时段): nature, not goods
          if (/^最(?:强|大|高|烈|猛|毒)$/.test(base) && NATURE_BEFORE.test(v.slice(Math.max(0, h.start - 6), h.start))) continue;
          // a position (对齐“茅”字最高处, 放在最下层): where, not how good
          if (/^最(?:高|低|上|下|左|右|外|里|前|后|底)$/.test(base) && /^(?:处|点|端|层|部|侧|边|面|位置)/.test(after)) continue;
          if (/^最(?:便宜|贵|新|早|小|大|高|低)$/.test(base) && OWN_RANGE_AFTER.test(after) && OWN_RANGE_BEFORE.test(v.slice(Math.max(0, h.start - 6), h.start))) continue;
          if (/^最(?:安全|合适|适宜|好|佳)$/.test(base) && DOSE_BEFORE.test(v.slice(Math.max(0, h.start - 12), h.start))) continue;
          // a record set (创造了最大规模现场艾灸世界纪录): the record's name, a fact like an award
          if (/^[^，。！？,.!?]{0,16}(?:世界纪录|吉尼斯|纪录)/.test(after) && /(?:创造|打破|刷新|创下|获得)[^，。！？,.!?]{0,6}$/.test(v.slice(Math.max(0, h.start - 10), h.start))) continue;
          // a standard or a law ranked (我国目前最权威的空气净化器国家标准): the rule, not goods
          if (base.startsWith('最') && /^的?[^，。！？,.!?]{0,12}?(?:国家标准|行业标准|团体标准|地方标准|法规|法律|条例)(?![\u4e00-\u9fa5])/.test(after)) continue;
          // the largest growing area of a crop (中国最大的脐橙生产地): a place's size, not the goods' quality (最优质的原产地 stays a claim)
          if (base === '最大' && /^的?[\u4e00-\u9fa5]{0,8}?(?:产地|生产地|产区|主产区)/.test(after)) continue;
          // the country as the subject (我国是世界上首个…的国家，已位居世界第一): a national statistic, not goods
          if (NATION_SUBJECT.test(v.slice(sentenceAround(v, h.start, h.end)[0], h.start))) continue;
          // the audience's own votes in the room (点赞最高的优先介绍, 按最高票数现场试穿): a count of likes, not a rank of goods
          if (/^最(?:高|多)$/.test(base) && (AUDIENCE_VOTE_BEFORE.test(v.slice(Math.max(0, h.start - 6), h.start)) || /^(?:票|赞|点赞)/.test(after))) continue;
          // a place ranked (全国油茶面积第一县): a statistic about a county or a province, not about goods
          if (base === '第一' && /^(?:县|市|省|村|镇|乡|大省|大县|大市)(?![城店])/.test(after)) continue;
          // a setting (开启净化器最高档位, 最低档): the appliance's own range
          if (/^最(?:高|低|大|小)$/.test(base) && /^(?:档|挡|档位|挡位|风速档|模式|温度档)/.test(after)) continue;
          if (/^最(?:佳|好|甜|鲜|肥美|好吃|优质|香)$/.test(base) && SEASON_BEFORE.test(v.slice(Math.max(0, h.start - 14), h.start))) continue;
          // a launch price (首发售价399元, 首发价): the first price the goods were sold at, a fact to compare with
          if (base === '首发' && /^(?:售?价|价格)/.test(after)) continue;
          if ((base === '最好' || base === '最佳' || base === '最理想') && (BREASTMILK_BEFORE.test(v.slice(Math.max(0, h.start - 12), h.start)) || BREASTMILK_AFTER.test(after))) {
            const [cs, ce] = clauseAround(v, h.start, h.end);
            if (!FORMULA.test(v.slice(cs, ce))) continue;
          }
          if (cls === 'first' && base === '第一' && ORDINAL_AFTER.test(after)) continue;
          // an enumerator opening its sentence (第一，在价格战过程中…; 第一、…): the first point of a list, not a rank
          if (base === '第一' && /^\s*[，,、:：]/.test(after) && /^\s*$/.test(v.slice(sentenceAround(v, h.start, h.end)[0], h.start))) continue;
          if (base === '第一' && OWN_STORE_AFTER.test(after) && !WIDE_FIELD_BEFORE.test(v.slice(Math.max(0, h.start - 12), h.start))) continue;
          if (/^最(?:高|多|低|少)$/.test(base) && RANK_RULE_AFTER.test(after) && RANK_MEASURE_BEFORE.test(v.slice(Math.max(0, h.start - 8), h.start))) continue;
          if (base === '绝对' && (PROHIBITIVE_AFTER.test(after) || ASIDE_AFTER.test(after))) continue;
          // a term of service (课程可反复学习、永久有效): how long access lasts, not how good the goods are
          if (base === '永久' && after.startsWith('有效') && ACCESS_VALIDITY_BEFORE.test(v.slice(Math.max(0, h.start - 14), h.start))) continue;
          if (base.startsWith('最') && TIME_AFTER.test(after)) continue;
          // the largest part of a whole (其中醋酸含量最高): the make-up of one thing, not a rank among goods
          if (/^最(?:高|低|大|多|少)$/.test(base) && WITHIN_BEFORE.test(v.slice(Math.max(0, h.start - 16), h.start))) continue;
          // to maximise (性能的最大化); 最大限度 and 最小 are exempt terms already
          if (base === '最大' && after.startsWith('化')) continue;
          if ((base === '最好' || base === '最佳') && (OPTIMUM_AFTER.test(after) || OPTIMUM_TIME_AFTER.test(after))) continue;
          if (base === '最大' && FEATURE_AFTER.test(after)) continue;
          if (base === '绝无' && FEE_AFTER.test(after)) continue;
          if ((base === '最好' || base === '最佳') && TIP_BEFORE.test(v.slice(Math.max(0, h.start - 24), h.start))) continue;
          if (RANKING.test(base) && RANK_SOURCE.test(v)) continue;
          if (AWARD_AFTER.test(after) && AWARD_BEFORE.test(v.slice(Math.max(0, h.start - 30), h.start))) continue;
          if (base === '天花板' && (CEILING_LITERAL_AFTER.test(after) || CEILING_LITERAL_BEFORE.test(v.slice(Math.max(0, h.start - 12), h.start)))) continue;
          if (cls === 'percent' && MATERIAL_AFTER.test(after.replace(/^\s*[%％]/, ''))) continue;
          // (最…之一 stays a claim in an ad: 最优秀的蜂蜜品牌之一 still ranks the goods at the top)
          // single morphemes inside another word: 极致 in 积极致力, 首发 in 首发货
          // (a short term crossing words at both ends — 首选 in 榜首选手, 极致 in 积极致力 — is no term; at one end only, the
          // segmenter may be the one wrong: 美/白首/选)
          if (h.end - h.start <= 2 && !startsWord(v, h.start, h.end) && !endsWord(v, h.end)) continue;
          if (isNotAClaim(unit, h.start, h.end)) continue;
          if (GOAL_AFTER.test(after) || SERVICE_AFTER.test(after) || GOAL_BEFORE.test(v.slice(Math.max(0, h.start - 20), h.start))) {
            // (a goal about efficacy or returns is still about the goods: 致力打造降糖效果最好的产品)
            if (!((cat && HIGH_RISK_CATEGORIES.has(cat)) || (efficacy ??= EFFICACY.test(v)))) continue;
          }
          // a question is not a claim (天然乳胶枕100%除螨?), nor is one asked indirectly (双十一是否最便宜没定论, 是不是最好还不好说)
          if (inUnansweredQuestion(v, h.start, h.end) || WHETHER_BEFORE.test(v.slice(Math.max(0, h.start - 3), h.start))) continue;
          const high = (cat && HIGH_RISK_CATEGORIES.has(cat)) || (efficacy ??= EFFICACY.test(v));
          const to = h.data?.to as string | undefined;
          ctx.report({
            messageId: high ? 'absoluteEfficacy' : 'absolute', data: { term }, unit, start: h.start, end: h.end,
            severity: high ? 'error' : undefined,
            suggestions: to !== undefined ? [{ messageId: 'replace', data: { to }, replacement: to }] : [{ messageId: 'remove', data: { term } }],
          });
        }
      },
    };
  },
  examples: {
    violating: [ { text: '王阿姨、李阿姨，明天上午九点，国家级专家讲座别忘了', category: 'health-food' }, '这款是您的不二选择', '安全性是其它产品无法能比的','我们是第一，别家比不了', '市场销售冠军品牌', '自然拼音法是目前国际上最推崇的英语教学方法', '这款面膜荣获年度护肤‘第一名’', '全城消费者最满意的火锅店', '这套茶具工艺堪称登峰造极', '用料之足，前所未有', { text: '引进国外顶级仪器，是根据亚洲女性特征深度研发的高级技术', category: 'medical-device' }, '被誉为‘最佳越野夹克’', '切割极冷胶业界最厚25公分', '这是最好用的洗面奶，洗完不紧绷', '一线城市销量五连冠', '只为给您带来最上乘的品茶体验', '被誉为“九大仙草”之首的铁皮石斛', '是国内最受欢迎的国货护肤品牌之一', '这款奶粉配方最接近母乳，是宝宝最好的选择', '奶嘴仿母乳设计，是宝宝吸吮的最佳选择', '这是我们店里品质最高的一款，卖到2000都值', '意肤美白祛斑霜（外用通路覆盖最完整）', '营养价值为百果之冠', '疤痕植发就是最好的修复疤痕办法', '夏日美白首选丨美白嫩肤润肤水150ml', '目前市面上无任何一款其他产品或治疗方式能达成同类效果', '糖尿病领域最为领先的产品', '连续多年位居复购榜榜首的益生菌', '六堡茶乃发酵茶之开创者', '我们是手工月饼的鼻祖', '全国第一家连锁门店，品质有保障', '日本妈妈N0.1之选', '全年最惠，春装抢鲜上', '行业领先者，专注面膜十年',
      '自体脂肪隆乳给您最完美比例',
      '这是全网效果最好的精华',
      { text: '防晒没有人做得可以比它更强', category: 'cosmetics' },
      '国家级品质，行业第一',
      '顶级工艺，独一无二',
      '全 网 最 低 价，错过等一年',
      '这款面霜最*好用',
      '最好的选择就是这款面霜', '我们最大的特点是全网最低价', '国内首位倡导控油理念的洗护品牌',
      // a seller's own words next to narration cues stay claims
      '好多姐妹都盯上了这款面霜，效果最好',
      '我再强调，这款效果最好',
      '这是国家批准的蓝帽子产品，效果最好',
      { text: '唯一一个真正解决血栓问题的产品', category: 'health-food' },
      '100%纯天然，百分百好用',
      '以天然牧场鲜奶为原料，采用世界TOP的工艺精制而成',
      '这款精华是去年的断货王，今年又卖爆了',
      '目前全球具备这项技术的，只有我们这一家',
      { text: '资金由第三方托管，万无一失', category: 'finance' },
      { text: '我们致力于打造降血糖效果最好的产品', category: 'food' },
      { text: '纯植物萃取，绝无添加', category: 'cosmetics' },
      '谷中营养之王', '【美白王者】全身美白', '这款是性价比天花板', '这款香水留香最持久',
    ],
    compliant: [ '视频课程可以反复学习，永久有效', '很久之前，我们几乎把体重当成衡量宝宝发育是否良好的唯一标准', '乳制品生产企业是乳品质量安全的第一责任者', '商家随时可能降价，双十一是否最便宜没定论', '选机场，以跑路概率小为第一原则', '这款和其他产品相比更轻一些','第一，在价格战过程中，有电商存在虚构原价行为', '资料显示，该品牌在冲泡奶茶领域连续十二年保持第一', '台湾洗肾率居世界第一，慢性肾脏病支出高达592亿元', '全国人民代表大会是最高国家权力机关', '中国科学院是国家科学技术方面的最高学术机构', { text: '建议空腹食用效果最佳', category: 'food' }, '从第三方平台数据可以看到，该店铺位列品类榜首', '是这套纪念币中面额最大的一枚，最大发行量2000枚', { text: '唯一官方直播间，没有小号', category: 'cosmetics' }, '骁龙820 最高主频 2.15GHz', { text: '每次最好服用30克，最好用40度左右的温水稀释后服用', category: 'food' }, '蜂蜜标签上标注18个月保质期，这是基于最佳品质考虑', '我国是世界上首个国内发明专利有效量超三百万件的国家，已位居世界第一', '这是我国目前最权威的空气净化器国家标准，于2015年发布', '赣州是中国最大的脐橙生产地', '大家想先看哪款？点赞最高的优先介绍', '怕晒黑的扣A，怕闷汗的扣B，我按最高票数现场试穿', '该县为全国油茶面积第一县', '评价1笔订单得5点，最高评价20笔订单可获得100点', '中午紫外线最强，出门记得补涂防晒', '优质床品的最高支数一般不超过120支', '绝对化用语是指强调唯一性、最高级等极端评价的词汇', '化妆品宣传不得使用绝对化用语，如最佳；第一；顶级；极致等', '包装上须加施认证标志及其唯一编号', '一枚鸡蛋卖三块多，几乎是全网最贵的', '我们百分百支持开箱验货，有问题随时联系', '禁用词：国家级、世界级、最佳等', '不使用无法证明的最高级、唯一、百分百等承诺', '该活动创造了最大规模集体跳绳世界纪录', '有9款含增塑剂，最大值超出国家标准300多倍', '每次补钙200mg以内最安全', '目前我们最便宜的入门款，打完折在1万元左右', '开启净化器最高档位，20分钟后PM2.5降至优级', '标签要贴在瓶身最高处', '爆款单店最高超50万件的月销量', '冬蜜水分少，是一年当中品质最佳的蜂蜜', '这种来路不明的燕窝最好是不要买', '100%sRGB高色域，2K分辨率', '首发售价1999元，现在活动价1799元', '这里曾是全省最大的连片贫困地区之一', '母乳是婴儿最好的食物，提倡母乳喂养', '婴儿最佳食品是母乳，本品适用于不能母乳喂养的情况', '去年这批料子在公盘上最高成交达到每公斤5万元', '洞庭湖曾是中国最大的淡水湖', '当然，最好的办法还是防患于未然', '依照《网络交易监督管理办法》第十条，最高可处十万元罚款', '不盲从、不跟风，适合自己的才是最好的', '我们积极致力于环保包装', '洗完脸以后肌肤的第一道滋润', '主要成分是有机酸，其中醋酸含量最高，一般在5%左右', '活动价须低于价格校验期最低标价的9折', '双十一你们最大的优惠力度是多少', '主播只讲真实体验，不提全网第一',
      '雨天出门最好是带把伞，路上小心',
      '上品折扣王府井店是上品旗下的第一家门店', '点赞数最高的前3名粉丝可获得签名照', '要想吃到最新鲜的荔枝，就要知道它的上市时间', '我们将尽最大努力按时发货', '荔枝的最佳食用时间是采摘后两天内', '养生酒的最佳饮用量为每天一两',
      '露营最好的海拔是1000到1500米', '请按照说明书正确使用，以获得最佳效果', '确保设备性能的最大化', '国内首位女航天员的故事', '这款包最大的亮点在于可拆卸肩带', '本市最低工资标准调整为2690元', '一次性收费，绝无任何隐形消费',
      '2016年农产品展览会获得最受欢迎奖', '多款商品直减中，最高直减400元', '最大承重50KG，乐享自由', '及时、有效的急救，能最大程度地减少病痛', '最佳联系时间：', '电视台独家授权周边，正版保障', '价差你绝对想不到', '放在进风口吹风，效果最好', '这个季节是一年中最好吃的时候',
      '我将用最专业的推荐、最甜美的解说，帮你找到心仪之选', '血压计爆款榜TOP1（榜单数据来源：抖音商家后台，2025年10月）', '在滋润护理前给肌肤提供第一重保湿', '卧室天花板上装了吸顶灯', '王者荣耀新皮肤今晚上线',
      '如在该时间段出现多个价格，则以其中最低者为打折基准价',
      '您的满意是我们最大的追求，期待您再次光临',
      '符合条件的每人最低补贴1000元',
      '有高血压的老人，最好询问医生之后再做',
      '郑重声明：本网站为唯一指定官方网站，保留所有版权',
      '本店致力于为顾客提供最贴心的服务',
      '这款手机在全国TOP100品牌榜上排名第57位',
      '天然乳胶枕100%除螨？',
      '没有人比你更了解自己的皮肤',
      '控制血压最好联合用药',
      '不要相信一个毛囊会长出两条头发的说法，这是绝对的荒谬',
      '主播在每个整点放券之前都会强调这三张优惠券是最大的',
      '退差价的意思是：店家承诺价格是全网最低',
      '主播与教育平台独家合作的课程',
      '那些打着“储备银行”旗号的机构，名字听起来像国家级单位',
      '最近很多朋友问这款',
      '冷藏后最佳赏味期是三天',
      '这是我们品牌今年最新的一代',
      '最好冷藏保存，最晚明天发货',
      '每人最多限购2件，第一次下单的点一号链接',
      '我最近最后还是用了这个方案',
      '不得使用“最佳”“国家级”等用语',
      '积极致力于做好售后，屋顶也有货',
      '这款榜单TOP100的好物，链接在下面',
      '满100减20，今天可以叠加',
      '推销员嘴里，这成了最好的补品，老人当即掏了钱',
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第九条第（三）项禁止广告使用“国家级”“最高级”“最佳”等用语及含义相同或近似的用语。《广告绝对化用语执法指南》列出不构成违法的情形：时间和序数（最近、最后、第一次）、数量限制（最多限购）、消费提示（最佳赏味期、最好冷藏）、同一品牌内自我比较、依标准定义的等级、商标或商品名称、依法授予的荣誉、有出处和范围的事实陈述。涉及医疗、药品、医疗器械、保健食品功效或金融收益的绝对化用语不适用首违轻微不罚。指南未把“最…之一”列为不构成违法的情形，本规则因此照常报告广告中的“最优秀的品牌之一”（地理、统计等事实陈述另有豁免）；如监管另有明确口径，可在配置中降级。',
      en: 'Advertising Law art 9(3) bans "national-level", "highest-grade", "best" and terms of the same or similar meaning. The 2023 enforcement guide excludes time and ordinal words, quantity limits, consumption tips, self-comparison within a brand, graded names defined by standards, trademarks and product names, lawful honours and provable scoped facts. Absolute efficacy claims for medical, drug, device, health-food or finance products get no first-offence leniency. The guide does not list "one of the most …" (最…之一) among its exclusions, so this rule reports it in ad copy (geographic and statistical statements have their own exemptions); lower its severity in the config if your regulator says otherwise.',
    },
    fix: {
      'zh-CN': '删除绝对化用语，或改为可证实、限定了出处、范围和时间的具体描述（例如“据××2025年报告，天猫1–6月销量第三”）。',
      en: 'Remove the absolute term, or replace it with a provable statement qualified by source, scope and period.',
    },
  },
});
