import { lexiconRule } from '../../../util/lexicon-rule.js';

export const WILDLIFE = ['穿山甲', '猪甲', '炮山甲', '山甲片', '象牙', '犀角', '犀牛角', '虎骨', '虎皮', '虎鞭', '熊胆', '熊掌', '玳瑁', '豪猪', '果子狸', '竹鼠', '娃娃鱼', '大鲵', '猫头鹰', '野生动物', '野味', '野生穿山甲', '鹿茸血', '砗磲', '盔犀鸟', '蛇胆', '象牙制品', '红珊瑚', '藏羚羊', '羚羊角', '鲨鱼翅', '野生甲鱼', '野生鸟', '画眉鸟', '银环蛇', '金环蛇', '眼镜蛇', '五步蛇', '蟒蛇'];
export const COUNTERFEIT = ['高仿', '仿牌', '原单', 'A货', '复刻', '超A', '精仿', '仿品', '莆田', '顶级复刻', '原厂尾单', '原单尾货', '专柜同款同厂', '大牌平替同厂', '假一', '山寨', '一比一', '1比1', 'A版', '超A货', '纯原', '莆田鞋', '仿货', '高仿货', '同厂同料', '大牌同厂', '渠道货', '进专柜无压力', '专柜验货无压力', '过专柜验货'];
export const BANNED = ['特定全营养', '全营养配方', '仿真枪', '气枪', '管制刀具', '迷药', '催情', '听话水', '听话药', '听话型', '迷香', '迷幻药', '迷情药', '失身水', '失身药', '窃听器', '针孔摄像头', '代孕', '卵子', '代开发票', '发票代开', '假证', '办证', '开刃', '甩棍', '电击棍', '电棍', '弩箭', '钢珠枪', '弩', '走私货', '走私',
  '大麻', '冰毒', '摇头丸', 'K粉', '海洛因', '笑气', '致幻', '假币', '外挂', '代考', '替考', '代写论文', '论文代写', '信用卡套现', '花呗套现',
  // gambling cheats sold as goods (赌博秘籍, 逢赌必赢, 千术)
  '赌博秘籍', '逢赌必赢', '千术', '出千', '赌博作弊', '赌具',
  // gambling itself offered (线上赌博平台, 博彩网站)
  '线上赌博', '网络赌博', '赌博平台', '赌博网站', '博彩平台', '博彩网站', '网上赌场', '在线赌场',
  // exam-cheating devices and services (Criminal Law art 284-1) and covert recording or listening devices (窃听、窃照专用器材)
  '作弊器', '考试作弊器', '作弊耳机', '作弊设备', '作弊神器', '考试作弊', '助考', '窃听设备', '窃听软件', '监听器', '远程监听', '偷拍神器', '偷拍设备',
  '隐形摄像头', '隐藏摄像头', '隐蔽摄像头', '伪装摄像头'];

export default lexiconRule({
  id: 'bj-guide/prohibited-goods',
  severity: 'error',
  binds: ['platform', 'operator', 'streamer', 'agency', 'merchant'],
  basis: [
    // national law first (the Beijing list mirrors it, so the rule applies nationwide)
    { source: 'ad-law', article: '第三十七条', evidence: 'T' },
    { source: 'live-marketing-2021', article: '第十八条第（三）、（七）项', evidence: 'T' },
    { source: 'live-ecom-supervision', article: '第三十三条', evidence: 'T' },
    { source: 'bj-guide-2024', evidence: 'N' },
    { source: 'sh-guide-2022', evidence: 'N' },
  ],
  category: 'prohibited-goods',
  description: { 'zh-CN': '不得通过直播销售禁售商品：野生动物及其制品、侵犯知识产权（高仿、原单）、依法禁止网络交易的商品等', en: 'No live selling of banned goods: wild animals and their products, IP-infringing goods (replicas), goods banned from online trade' },
  message: { 'zh-CN': '疑似禁止直播销售的商品：“{{term}}”', en: 'Goods that may not be sold by live stream: "{{term}}"' },
  terms: [...WILDLIFE.map((t) => ({ term: t, data: { kind: 'wildlife' } })), ...COUNTERFEIT.map((t) => ({ term: t, data: { kind: 'counterfeit' } })), ...BANNED],
  // animals bred "not for food" (wildlife farmed for fur, medicine or display) offered for eating
  patterns: [
    // knockout drugs spelt to dodge filters (mi药, mi香)
    /(?<![a-z])mi\s*(?:药|香|幻)/,
    // 1:1 as a counterfeit cue needs the goods beside it (1~1.5年 and a 1:1 mixing ratio are not)
    /1\s*[:：∶比]\s*1(?![0-9.])[^，。！？,.!?]{0,6}(?:复刻|原版|正品|专柜|做工|版本|仿|大牌|原厂|还原|天花板)|(?:复刻|原版|专柜|做工|仿|大牌|原厂|还原)[^，。！？,.!?]{0,6}1\s*[:：∶比]\s*1(?![0-9.])/,
    // counterfeit said outright: a price a fraction of the genuine one (正品价格的二十分之一), "real, pay ten" (真一赔十, the
    // inverse of the lawful 假一赔十)
    /正品(?:价格?|售价)?的?[0-9一二三四五六七八九十几百]+分之一|真一赔[0-9一二三四五六七八九十百千万]+/,
    // a fake only experts could tell (不是专业人士看不出来, 专柜都验不出): a counterfeit said outright
    /(?:不是|除非是?|除了)?(?:专业人士|专柜|柜姐|行家|鉴定师|鉴定机构)(?:都|也)?(?:看不出|分辨不出|辨别不出|鉴定不出|验不出)/,
    // weapon performance: 射程10米…击穿易拉罐
    /射程[^。！？!?]{0,16}(?:威力|击穿|打穿)|(?:击穿|打穿|射穿|打碎|打破|打漏|打烂)[^，。！？,.!?]{0,6}(?:易拉罐|木板|纸箱|纸盒|玻璃|铁皮|瓶子)|(?:枪|弩|弹弓)[^。！？!?]{0,12}(?:米内|米外)[^，。！？,.!?]{0,6}(?:打碎|打破|打穿|击穿|打漏)/,
    // a protected animal made into a specimen (一只真老鹰做的标本)
    /(?:老鹰|雄鹰|苍鹰|隼|猫头鹰|穿山甲|老虎|豹子?|黑熊|犀牛|玳瑁|海龟|天鹅|孔雀)(?:做的|制成的|制作的|的)?标本|标本[^，。！？,.!?]{0,4}(?:老鹰|雄鹰|苍鹰|猫头鹰|穿山甲|老虎|豹子|黑熊|犀牛|玳瑁|海龟|天鹅)/,
    // a replica factory's edition (『Clean厂』最新版, VS厂出品) and workmanship said to approach the maker's own (逼近原厂的工艺)
    /(?<![a-z0-9])(?:[a-z]{1,5}|[0-9][a-z]{1,2})厂[』」”"]?(?:的)?(?:最新版|新版|出品|v[0-9]|版本|复刻|原版)|(?:逼近|媲美|比肩|堪比)原厂/,
    // smuggled goods: 刚从边境翻过来的
    /(?:边境|国境|境外|缅甸|越南)(?:那边)?[^，。！？,.!?]{0,3}(?:翻|偷运|偷带|背|走|绕)(?:过来|进来)/,
    // the means of passing off a counterfeit (打孔茅台瓶…防伪芯片能过扫码器)
    /防伪(?:芯片|码|标签?|标识|扣)[^，。！？,.!?]{0,8}(?:能过|可过|能通过|可以通过|过得了|扫得出|扫不出|验不出)/,
    /非食用[^。！？!?]{0,24}(?:买来吃|买回去吃|想吃|可以吃|能吃|拿来吃|做来吃|炖汤|下酒|红烧)/,
    // a covert recorder or listener described by what it does unseen (隔着墙壁就能听到清晰对话, 悄悄按下开关就可以拍摄)
    /隔着?(?:墙壁?|门|房间)[^，。！？,.!?]{0,6}(?:听到|听见|听清|监听|录到)|(?:悄悄|偷偷|暗中|神不知鬼不觉|不被(?:发现|察觉))[^，。！？,.!?]{0,10}(?:拍摄|录像|录音|拍下|监听|偷拍)/,
    // a cheating device past the exam hall's checks (金属探测仪探测不出来) and a gun said to work as a real one (与真枪操作完全一样)
    /(?:金属探测|探测仪|安检门?|屏蔽仪|屏蔽器)[^，。！？,.!?]{0,4}(?:探测不出|测不出|查不出|发现不了|检测不到|屏蔽不了)|(?:与|和|跟|同)真枪[^，。！？,.!?]{0,6}(?:一样|一模一样|无异|相同|没区别|无差别)/,
    // a seller who sends buyers of genuine goods elsewhere (要正品去别家) says the goods are not genuine
    /(?:要|想要|买)正品(?:的话?)?(?:就|请)?(?:去|找|到)别(?:家|处|人|的店)/,
    // diplomas and certificates made to order (代办毕业证, 专业办理上网文凭, 证都是真的): forged official documents (Criminal Law
    // art 280) — a school does not 办理 a diploma for money, and a graduate's 办理毕业证领取手续 is no offer (代办/文凭/真证 only)
    /代办[^，。！？,.!?]{0,4}(?:毕业证|学位证|学历证?|文凭|资格证|职称证|驾驶证|驾照|身份证)|(?:办理|办|做|制作|出售)[^，。！？,.!?]{0,6}(?:上网)?文凭|上网文凭|(?:证件?|证书)都是真的|(?:是|都是|保证是?)真证/,
    // counter receipts handed out with the goods (每双还免费赠送专柜小票): a receipt for a purchase that never happened dresses up a copy
    /(?:赠送|赠|送|附送|附带|配送|配)[^，。！？,.!?]{0,4}专柜(?:购物)?(?:小票|发票|票据|购物凭证)/,
    // a factory that makes or sells the luxury brands themselves (厂家经营奢侈品手表：积家、劳力士…): the brands do not sell through
    // third-party factories
    /(?:厂家|工厂|源头厂|代工厂)(?:直接)?(?:经营|直销|批发|生产|专做|专业生产|供应)[^，。！？,.!?]{0,4}(?:奢侈品|一线大牌|国际大牌|名牌)/],
  // a sentence that says the goods are protected or banned warns against them (象牙、犀角…都受到严格的保护，不能碰)
  unless: /受到?[^，。！？,.!?]{0,6}保护|(?:禁止|严禁|不得|不能|不要|别|切勿|请勿|不可)(?:碰|买|卖|购买|销售|出售|交易|买卖|经营|食用)/,
  exempt: ['假一赔', '假一罚', '福建莆田', '莆田市', '外挂式', '外挂机', '强弩之末', '剑拔弩张', '万弩齐发', '打击走私', '反走私', '缉私', '原单价', '原单号', '人工养殖', '仿生', '豪猪刺', '山寨村'],
  wordBoundary: ['原单', '复刻', '莆田', '野味', '假一', '山寨', '大麻', '外挂'],
  suggestion: { message: { 'zh-CN': '下架该商品；人工繁育的须附驯养繁殖/经营利用许可并核对地方规定', en: 'Remove the goods; farmed wildlife needs breeding and trading licences' } },
  examples: {
    violating: [ '正品mi药，同城速发', '进口迷香，无色无味', '本公司代办毕业证，从各个大学内部办理', '你好，我们是专业办理上网文凭的，有需要请联系', '所有鞋子每双还免费赠送专柜小票和购物袋', '厂家经营奢侈品手表：积家、劳力士、浪琴，让您引领潮流', '隔着墙壁就能听到清晰对话，100多就搞定', '金属探测仪探测不出来，考场放心用', '要正品去别家，我这就是这个价', '打孔茅台瓶30块一个，防伪芯片能过扫码器', '想翻身？来我们的线上赌博平台，充值就送', '本站是仿牌手表爱好者的购物天堂', '放心，『Clean厂』最新版，刻度填充', '每一步都在逼近原厂的工艺极限', '做工细到不是专业人士看不出来', '做工好到专柜都验不出来', '1∶1天花板，品质与专柜0差别', '销售金额仅为正品价格的二十分之一', '保证假包，真一赔十', '这个是原单尾货，和专柜一模一样', '野生穿山甲鳞片，老人都说好', '长期供应商品豪猪，新鲜豪猪肉好吃不贵', '进口的特定全营养配方食品，直接拍', '这批竹鼠是非食用养殖的，不过买来吃也没问题', '单发弩分为三种，发射的都是同尺寸牙签', '刚从边境翻过来的原石，给粉丝捡漏', '新到的笑气，派对必备', '100克炒猪甲，直接拍', '一只真老鹰做的标本'],
    compliant: [ '在中国，购买象牙制品是非法的', '这款香薰的味道有点迷幻', '很多人道听途说，以为用猫头鹰泡酒可以祛湿、缓解痛风', '《南华早报》发现有店家销售穿山甲鳞片，以炮山甲的名字出售', '毕业生请于6月30日前到教务处办理毕业证领取手续', '国家承认学历，学信网可查，报名咨询', '购买后请保留专柜小票，凭小票享受售后', '我们是厂家直销的原创品牌，自有工厂生产', '警方查获一批伪装成充电器的窃听设备，制售者已被刑拘', '安检门能测出金属物品，请勿携带', '这款儿童摄像头不能隔着墙拍摄，请放心', '象牙、犀角等野生动物制品都受到严格保护，不能碰', '认准防伪码，扫码验真', '管制类刀具、弓弩配件及甩棍等可能危害人身安全的管制器具不得销售', '选购弹射玩具时，谨慎选购牙签弩、钢珠弩等产品', '比亚迪厂区新版规划公布', '在他们的圈子里，白料是行话，指的是象牙', '正品有防伪码，专柜可以验证', '摊主信誓旦旦地说这些都是高仿表，价格却只有正品的十分之一', '正品保障，假一赔十', '人工养殖的鲈鱼，附检疫证明', '禁止食用国家重点保护野生动物', '这是原厂正品，附授权书', '这款观赏鱼是非食用的，请勿食用', '非食用级的包装袋已经全部换掉了', '对手已是强弩之末', '从边境城市发货，三天到', '这可是个大麻烦', '外挂式空调支架，承重好', '这批茶叶从福建莆田发货', '有一些鹦鹉属国家保护的野生动物，不能随便买卖', '高仿包在一些二手平台上屡见不鲜，购买前要仔细鉴别', '有的商品标称是原单，价格却只有专柜的十分之一'],
  },
  guide: {
    requirement: {
      'zh-CN': '北京市直播带货合规指引（据新闻）列出11类不得直播销售的商品或服务：被责令下架、过期变质的；不符合强制性标准的；无合格证或无中文名称/厂名厂址的；缺少必要许可、备案、强制认证的；损害国家利益、公共利益或公序良俗的；不符合环保要求及野生动物及其制品；侵犯知识产权的；列入《药品网络销售禁止清单》的；依法禁止网络交易的（烟草、特定全营养配方食品等）；禁止在大众传播媒介发布广告的（处方药、母乳代用品）；其他禁止交易的。《直播电商监督管理办法》第三十三条禁止通过直播间销售以假充真、法律禁止交易的商品。本规则在全国适用（所列情形与国家法律一致）。',
      en: 'The Beijing guide (news) lists 11 kinds of goods that may not be live-sold, mirroring national law (wildlife, IP infringement, goods banned from online trade…); the 2026 live e-commerce measures art 33 ban fake and legally banned goods. Applied nationally.',
    },
    fix: { 'zh-CN': '下架商品。', en: 'Remove the goods.' },
  },
});
