// The legal source registry: every source of rules-catalog section A, with the evidence grade of section E's
// updated table. `evidence` grades our knowledge of the text as a whole (T article text read, N official news,
// S secondary source, M unverified); each rule's basis carries its own grade per article.
// Never add an article number or a date here that the catalog does not give.
import type { LegalSource } from '@liveguard/core';

export const legalSources: LegalSource[] = [
  // ------------------------------------------------------------------ national laws and regulations
  {
    id: 'ad-law', title: '《中华人民共和国广告法》', titleEn: 'Advertising Law of the PRC',
    issuer: '全国人民代表大会常务委员会', effective: '2015-09-01', evidence: 'T',
    note: '2015 revision, amended 2018 and 2021-04-29 (current text; no later amendment found)',
  },
  {
    id: 'food-safety-law', title: '《中华人民共和国食品安全法》', titleEn: 'Food Safety Law of the PRC',
    issuer: '全国人民代表大会常务委员会', effective: '2021-04-29', evidence: 'T', note: 'text as amended 2021-04-29',
  },
  {
    id: 'cosmetics-reg-2020', title: '《化妆品监督管理条例》', titleEn: 'Regulation on the Supervision and Administration of Cosmetics',
    issuer: '国务院', effective: '2021-01-01', evidence: 'T', note: 'adopted 2020-06-16; effective date [M]',
  },
  {
    id: 'ecommerce-law', title: '《中华人民共和国电子商务法》', titleEn: 'E-commerce Law of the PRC',
    issuer: '全国人民代表大会常务委员会', effective: '2019-01-01', evidence: 'T', note: 'adopted 2018-08-31',
  },
  {
    id: 'consumer-law', title: '《中华人民共和国消费者权益保护法》', titleEn: 'Consumer Rights Protection Law of the PRC',
    issuer: '全国人民代表大会常务委员会', effective: '2014-03-15', evidence: 'T', note: '2013 amendment',
  },
  {
    id: 'consumer-reg-2024', title: '《中华人民共和国消费者权益保护法实施条例》', titleEn: 'Implementing Regulation of the Consumer Rights Protection Law',
    issuer: '国务院（令第778号）', effective: '2024-07-01', evidence: 'N',
    note: 'published 2024-03-15; article numbers from news and secondary sources [N]/[S]',
  },
  {
    id: 'aucl', title: '《中华人民共和国反不正当竞争法》', titleEn: 'Anti-Unfair Competition Law of the PRC',
    issuer: '全国人民代表大会常务委员会', effective: '2019-04-23', evidence: 'T',
    note: '2019 text [T] (false publicity art 8, penalty art 20); revised 2025-06-27, effective 2025-10-01: false publicity art 9, penalty art 25, disparagement art 28 per live-ecom-supervision art 62 [T, indirect]',
  },
  {
    id: 'minors-online-2023', title: '《未成年人网络保护条例》', titleEn: 'Regulation on the Online Protection of Minors',
    issuer: '国务院（令第766号）', effective: '2024-01-01', evidence: 'T', note: 'order number and dates [M]',
  },
  // ------------------------------------------------------------------ departmental rules
  {
    id: 'live-ecom-supervision', title: '《直播电商监督管理办法》', titleEn: 'Measures for the Supervision and Administration of Live E-commerce',
    issuer: '国家市场监督管理总局、国家互联网信息办公室（令第117号）', effective: '2026-02-01', evidence: 'T',
    url: 'https://www.gov.cn/gongbao/2026/issue_12666/202604/content_7065114.html',
    note: 'full text (69 articles) read from a repository copy; check wording against the official gazette before quoting verbatim',
  },
  {
    id: 'live-marketing-2021', title: '《网络直播营销管理办法（试行）》', titleEn: 'Measures for the Administration of Live-stream Marketing (Trial)',
    issuer: '国家网信办、公安部、商务部、文化和旅游部、国家税务总局、市场监管总局、国家广电总局', effective: '2021-05-25', evidence: 'T',
    note: 'text read for arts 3, 5, 6, 17–21 [T]; art 25 only from the 2020 draft; other article numbers [M]',
  },
  {
    id: 'internet-ad-2023', title: '《互联网广告管理办法》', titleEn: 'Measures for the Administration of Internet Advertising',
    issuer: '国家市场监督管理总局（令第72号）', effective: '2023-05-01', evidence: 'T', note: 'full text (32 articles) per catalog section E',
  },
  {
    id: 'price-fraud-2022', title: '《明码标价和禁止价格欺诈规定》', titleEn: 'Provisions on Clearly Marked Prices and the Prohibition of Price Fraud',
    issuer: '国家市场监督管理总局（令第56号）', effective: '2022-07-01', evidence: 'T', note: 'issued 2022-04-14',
  },
  {
    id: 'promo-2020', title: '《规范促销行为暂行规定》', titleEn: 'Interim Provisions on Regulating Promotional Conduct',
    issuer: '国家市场监督管理总局（令第32号）', effective: '2020-12-01', evidence: 'N',
    note: 'art 21 quoted verbatim [T]; arts 13, 17, 20 [S]; other article numbers [S]/[M]',
  },
  {
    id: 'online-trade-2021', title: '《网络交易监督管理办法》', titleEn: 'Measures for the Supervision and Administration of Online Transactions',
    issuer: '国家市场监督管理总局（令第37号）', effective: '2021-05-01', evidence: 'N', note: 'article numbers [M]; order number [M]',
  },
  {
    id: 'unfair-comp-online-2024', title: '《网络反不正当竞争暂行规定》', titleEn: 'Interim Provisions on Combating Online Unfair Competition',
    issuer: '国家市场监督管理总局', effective: '2024-09-01', evidence: 'N', note: 'art 9(5) and art 34 known from news quotes',
  },
  {
    id: 'ad-absolute-guide-2023', title: '《广告绝对化用语执法指南》', titleEn: 'Enforcement Guide on Absolute Terms in Advertising',
    issuer: '国家市场监督管理总局（公告2023年第6号）', effective: '2023-03-20', evidence: 'N',
    note: 'exemption list from the reposted draft; final text confirmed by news only',
  },
  {
    id: 'health-ad-review-2020', title: '《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》',
    titleEn: 'Interim Measures for the Review of Drug, Medical Device, Health Food and FSMP Advertising',
    issuer: '国家市场监督管理总局', effective: '2020-03-01', evidence: 'N', note: 'effective date [M]; content from news of the draft',
  },
  {
    id: 'anchor-conduct-2022', title: '《网络主播行为规范》', titleEn: 'Code of Conduct for Online Hosts',
    issuer: '国家广播电视总局、文化和旅游部', effective: '2022-06-22', evidence: 'N', note: 'announced 2022-06-22; 18 articles, 31 prohibited behaviours (first 9 read)',
  },
  {
    id: 'live-guidance-2021', title: '《关于加强网络直播规范管理工作的指导意见》', titleEn: 'Guiding Opinions on Strengthening the Regulation of Online Live Streaming',
    issuer: '国家网信办、全国"扫黄打非"办、工信部、公安部、文旅部、市场监管总局、广电总局', effective: '2021-02-09', evidence: 'N',
  },
  {
    id: 'minors-tipping-2022', title: '《关于规范网络直播打赏 加强未成年人保护的意见》', titleEn: 'Opinions on Regulating Live-stream Tipping and Protecting Minors',
    issuer: '中央文明办、文化和旅游部、国家广播电视总局、国家网信办', effective: '2022-05-07', evidence: 'N',
  },
  {
    id: 'nrta-2020-notice', title: '《关于加强网络秀场直播和电商直播管理的通知》', titleEn: 'Notice on Strengthening the Management of Show and E-commerce Live Streaming',
    issuer: '国家广播电视总局', effective: '2020-11-23', evidence: 'N',
  },
  {
    id: 'deep-synthesis-2023', title: '《互联网信息服务深度合成管理规定》', titleEn: 'Provisions on the Administration of Deep Synthesis of Internet Information Services',
    issuer: '国家网信办、工业和信息化部、公安部', effective: '2023-01-10', evidence: 'N', note: 'published 2022-11-25 [M]',
  },
  {
    id: 'ai-label-2025', title: '《人工智能生成合成内容标识办法》', titleEn: 'Measures for Labelling AI-generated and Synthesised Content',
    issuer: '国家网信办、工业和信息化部、公安部、国家广播电视总局', effective: '2025-09-01', evidence: 'N', note: 'published 2025-03-14; articles [S]/[N]',
  },
  {
    id: 'gb-45438-2025', title: 'GB 45438—2025《网络安全技术 人工智能生成合成内容标识方法》',
    titleEn: 'GB 45438-2025 Cybersecurity technology — Labeling method for content generated by artificial intelligence',
    issuer: '国家市场监督管理总局、国家标准化管理委员会', effective: '2025-09-01', evidence: 'S',
    note: 'mandatory national standard; only secondary summaries and validation code quoting §5.4 read (S+)',
  },
  {
    id: 'samr-hint-notice-2026', title: '《关于强化广告中提示性用语监管工作的通知》', titleEn: 'Notice on Strengthening the Supervision of Advisory Wording in Advertising',
    issuer: '国家市场监督管理总局', evidence: 'N', note: 'issued 2026-03 (day unknown); 6-month campaign',
  },
  // ------------------------------------------------------------------ regional guides (GB/T 2260 codes)
  {
    id: 'bj-guide-2024', title: '《北京市直播带货合规指引》', titleEn: 'Beijing Live-commerce Compliance Guide',
    issuer: '北京市市场监督管理局', effective: '2024-08-09', region: '110000', evidence: 'N', note: '4 chapters, 31 articles; article numbers not found',
  },
  {
    id: 'zj-guide-2024', title: '《浙江省网络直播营销行为规范指引》', titleEn: 'Zhejiang Guide on Live-stream Marketing Conduct',
    issuer: '浙江省市场监督管理局', effective: '2024-09-29', region: '330000', evidence: 'N',
    note: 'announced 2024-09-29; 30 items in 3 parts; applies to marketing aimed at Zhejiang consumers; item numbers unknown',
  },
  {
    id: 'sh-guide-2022', title: '《上海市网络直播营销活动合规指引》', titleEn: 'Shanghai Live-stream Marketing Compliance Guide',
    issuer: '上海市市场监督管理局', effective: '2022-07-13', region: '310000', evidence: 'N',
  },
  {
    id: 'gz-list-2024', title: '《广州市直播电商规范经营指引清单》', titleEn: 'Guangzhou Live E-commerce Compliance Checklist',
    issuer: '广州市市场监督管理局', effective: '2024-11-07', region: '440100', evidence: 'N', note: '3 chapters, 132 items',
  },
  {
    id: 'yz-guide', title: '《扬州市网络直播营销活动合规指引》', titleEn: 'Yangzhou Live-stream Marketing Compliance Guide',
    issuer: '扬州市市场监督管理局（推定）', region: '321000', evidence: 'M', note: 'text not found; issuer presumed; do not cite as legal basis',
  },
  {
    id: 'nb-measures', title: '《宁波市促进网络直播行业健康发展实施办法（试行）》', titleEn: 'Ningbo Implementing Measures for Promoting the Healthy Development of Live Streaming (Trial)',
    issuer: '宁波市（推定）', region: '330200', evidence: 'M', note: 'text not found; do not cite as legal basis',
  },
];

export const sourcesById: ReadonlyMap<string, LegalSource> = new Map(legalSources.map((s) => [s.id, s]));
