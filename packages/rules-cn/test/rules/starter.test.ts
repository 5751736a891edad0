import absolute from '../../src/rules/ad-law/absolute-terms/index.js';
import diversion from '../../src/rules/platform/no-private-transaction-diversion/index.js';
import reviews from '../../src/rules/unfair-comp-online-2024/no-cash-for-good-reviews/index.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(absolute, {
  valid: [
    '最近很多朋友问这款', '最后说一下售后', '最快明天到，最晚后天发货', '每人最多限购2件', '最少买两件包邮', '最好冷藏保存', '这个最好饭后吃',
    '冷藏后最佳赏味期是三天', '最佳饮用温度是八度', '第一次下单的姐妹看过来', '第一步先洁面', '一号链接', '第一个链接是面霜', '第一批发货在周三',
    '首页有活动', '首单立减', '首次购买送小样', '北极绒保暖内衣', '极简设计', '积极致力于服务', '屋顶花园', '顶部有按钮', '冠军赛的解说',
    '我最近最后还是用了这个方案', '广告法规定不得使用“最佳”', '这款不是最便宜的，但是品质好', '最高立减50元',
  ],
  invalid: [
    { text: '这是全网效果最好的精华', errors: [{ messageId: 'absolute', text: '最好', severity: 'warning' }] },
    { text: '国家级品质，行业第一', errors: [{ messageId: 'absolute', text: '国家级' }, { messageId: 'absolute', text: '第一' }] },
    { text: '顶级工艺，独一无二', errors: [{ text: '顶级工艺' }, { text: '独一无二' }] },
    { text: '全 网 最 低 价', errors: [{ messageId: 'absolute', text: '全 网 最 低 价' }] },
    { text: '这款最*好用', errors: [{ text: '最*好用' }] },
    { text: '全網最低價', errors: [{ text: '全網最低價' }] },
    { text: '这个降血糖效果最好', errors: [{ messageId: 'absoluteEfficacy', text: '最好', severity: 'error' }] },
    { text: '史无前例，全球首款', errors: [{ text: '史无前例' }, { text: '全球首款' }] },
  ],
});

ruleTester(diversion, {
  valid: [
    '点下方小黄车下单，售后走平台客服', '可以用微信支付付款', '我们在微信视频号也有直播', '扫码领平台优惠券', '有问题私信客服',
    '广告法规定不得引导私下交易，大家不要加微信', '欢迎关注我们的官方公众号',
  ],
  invalid: [
    { text: '想要便宜的加我薇信，不走平台少二十', errors: [{ messageId: 'diversionPay', text: '加我薇信', severity: 'error' }, { messageId: 'diversionPay', text: '不走平台' }] },
    { text: 'V信搜一下，私聊拍', errors: [{ text: 'V信' }, { text: '私聊拍' }] },
    { text: '有需要的加 微 信', errors: [{ messageId: 'diversion', text: '加 微 信', severity: 'warning' }] },
    { text: '加个绿泡泡', errors: [{ messageId: 'diversion', text: '加个绿泡泡' }] },
    // the finding (and its replacement) covers the whole solicitation phrase
    { text: '加我薇信私聊', errors: [{ messageId: 'diversion', text: '加我薇信私聊', replacement: '联系平台客服' }] },
    // no asking verb to replace: a description only
    { text: 'V信搜一下我的名字', errors: [{ messageId: 'diversion', text: 'V信', replacement: null }] },
    { text: '电话幺三八一二三四五六七八', errors: [{ messageId: 'phone', text: '幺三八一二三四五六七八' }] },
    { text: '打13812345678找我', errors: [{ messageId: 'phone', text: '13812345678' }] },
    { text: '威信：abc123', category: 'drug-otc', errors: [{ messageId: 'diversionPay', severity: 'error' }] },
  ],
});

ruleTester(reviews, {
  valid: ['收到货欢迎真实评价，好评差评都不影响售后', '下单送纸巾', '评论区扣1，我看看多少人想要', '但事实上,“好评返现”已违法!', '给个五星好评哦'],
  invalid: [
    { text: '收到货给个五星好评带图，截图找客服返5块', errors: [{ messageId: 'cashForReview', severity: 'error' }] },
    { text: '晒图评价送一包纸巾', errors: [{ text: '晒图评价送' }] },
    { text: '追评满30字抽免单', errors: 1 },
    { text: '好评15字并晒图,找客服领取3元红包', errors: 1 },
    { text: '10字加图片返1', errors: [{ text: '10字加图片返1' }] },
    { text: '好评返现', errors: [{ text: '好评返现' }] },
  ],
});
