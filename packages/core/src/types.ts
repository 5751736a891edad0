// Contracts shared by every Liveguard package. See shared design.md: "Live session events" and "Findings".

export type Severity = 'error' | 'warning' | 'info';
/** Evidence grade of a legal basis: T article text verified, N official news, S secondary source, M unverified. */
export type Evidence = 'T' | 'N' | 'S' | 'M';
/** Parties a rule binds: platform, live-room operator, streamer (直播营销人员), agency (MCN), merchant (实际经营者). */
export type Party = 'platform' | 'operator' | 'streamer' | 'agency' | 'merchant';
export type Locale = 'zh-CN' | 'en';

export type ProductCategory =
  | 'food' | 'health-food' | 'cosmetics' | 'special-cosmetics' | 'drug-otc' | 'drug-rx' | 'medical-device'
  | 'infant-formula' | 'special-medical-food' | 'alcohol' | 'tobacco' | 'finance' | 'education' | 'real-estate'
  | 'jewellery-collectible' | 'other';

export const PRODUCT_CATEGORIES: readonly ProductCategory[] = [
  'food', 'health-food', 'cosmetics', 'special-cosmetics', 'drug-otc', 'drug-rx', 'medical-device',
  'infant-formula', 'special-medical-food', 'alcohol', 'tobacco', 'finance', 'education', 'real-estate',
  'jewellery-collectible', 'other',
];

// ---------------------------------------------------------------- legal basis

/** A rule's reference to the law, resolved through the legal source registry into a {@link Basis}. */
export interface LegalBasisRef {
  /** Source id from the legal registry, e.g. `ad-law`, `price-fraud-2022`. */
  source: string;
  /** Article as the catalog gives it, e.g. `第九条第（三）项`; omitted when the catalog knows none. */
  article?: string;
  evidence: Evidence;
}

/** A legal basis as findings carry it. */
export interface Basis {
  source: string;
  title: string;
  article: string;
  evidence: Evidence;
  url?: string;
}

export interface LegalSource {
  id: string;
  /** Full title in Chinese, e.g. 《中华人民共和国广告法》. */
  title: string;
  titleEn?: string;
  issuer?: string;
  /** ISO date the source takes effect (rules citing only this source are not applied before it). */
  effective?: string;
  /** ISO date it stops applying, if repealed. */
  repealed?: string;
  /** GB/T 2260 region code for regional guides; absent for national law. */
  region?: string;
  url?: string;
  /** Evidence grade of our knowledge of the text as a whole. */
  evidence: Evidence;
  note?: string;
}

// ---------------------------------------------------------------- events

/** Timestamp: ISO 8601 with offset, or epoch milliseconds. */
export type Timestamp = string | number;

export interface EventBase {
  type: string;
  ts?: Timestamp;
  session?: string;
  /** Sequence number assigned by the store or the engine (1-based, per session). */
  seq?: number;
  /** Unknown fields are kept. */
  [key: string]: unknown;
}

export interface Seller { name: string; creditCode?: string; shop?: string }
export interface Product {
  id: string;
  title: string;
  category?: ProductCategory | string;
  seller?: Seller;
  brand?: string;
  price?: number;
  listPrice?: number;
  stock?: number;
  licences?: string[];
  approvalNo?: string;
  description?: string;
  attributes?: Record<string, unknown>;
  [key: string]: unknown;
}
export interface Host { id: string; name?: string; kind: 'human' | 'ai'; age?: number; likenessConsentId?: string }

export interface SessionStartEvent extends EventBase {
  type: 'session.start';
  room?: { id: string; name?: string; platform?: string; operator?: { name: string; creditCode?: string; region?: string } };
  hosts?: Host[];
  agency?: { name: string };
  audienceRegions?: string[];
}
export interface SpeechEvent extends EventBase { type: 'speech'; text: string; speaker?: string; endTs?: Timestamp; line?: number }
export type OverlayKind = 'ai-label' | 'seller-identity' | 'ad-marker' | 'disclaimer' | 'price' | 'promo' | 'text';
export interface OverlayShowEvent extends EventBase { type: 'overlay.show'; id: string; kind: OverlayKind; text?: string; bbox?: [number, number, number, number] }
export interface OverlayHideEvent extends EventBase { type: 'overlay.hide'; id: string; kind?: OverlayKind }
export interface ProductPinEvent extends EventBase { type: 'product.pin'; product: Product }
export interface ProductUnpinEvent extends EventBase { type: 'product.unpin'; product: { id: string } }
export interface PriceChangeEvent extends EventBase { type: 'price.change'; productId: string; price: number; listPrice?: number }
export interface StockChangeEvent extends EventBase { type: 'stock.change'; productId: string; stock: number }
export interface OrderEvent extends EventBase { type: 'order'; productId: string; qty: number; price: number; channel?: string }
export interface PromoRuleEvent extends EventBase {
  type: 'promo.rule'; id: string; kind: 'discount' | 'full-reduction' | 'coupon' | 'presale' | 'lottery' | 'gift';
  text: string; conditions?: string; deadline?: Timestamp;
}
export interface CommentEvent extends EventBase { type: 'comment'; user: { id: string; ip?: string }; text: string }
export interface StatsEvent extends EventBase { type: 'stats'; viewers: number; likes?: number; orders?: number }
export interface SessionEndEvent extends EventBase { type: 'session.end' }
/** A product listing checked field by field (`.json`/`.csv` listings, `product.pin` cards). */
export interface ListingEvent extends EventBase { type: 'listing'; product: Product }

export type LiveEvent =
  | SessionStartEvent | SpeechEvent | OverlayShowEvent | OverlayHideEvent | ProductPinEvent | ProductUnpinEvent
  | PriceChangeEvent | StockChangeEvent | OrderEvent | PromoRuleEvent | CommentEvent | StatsEvent | SessionEndEvent
  | ListingEvent;

export type EventType = LiveEvent['type'];
export type EventOfType<T extends string> = Extract<LiveEvent, { type: T }>;

// ---------------------------------------------------------------- findings

export interface Suggestion {
  desc: string;
  descEn?: string;
  /** Replacement for the finding's span (offset/length). Absent when the fix is not a text edit. */
  replacement?: string;
}

export interface Finding {
  id: string;
  ruleId: string;
  severity: Severity;
  message: string;
  messageEn?: string;
  source: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offset into the original input. */
  offset: number;
  length: number;
  /** The original span. */
  text: string;
  session?: string;
  ts?: string;
  eventSeq?: number;
  basis: Basis[];
  suggestions: Suggestion[];
  data?: Record<string, unknown>;
}

export interface LintResult { source: string; findings: Finding[] }
