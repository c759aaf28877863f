/** The words the scale seed builds names and texts from (constants only: they are inlined in SQL). */

/** The seat of each prefecture, in JP-01 … JP-47 order. */
export const CITIES = [
  '札幌', '青森', '盛岡', '仙台', '秋田', '山形', '福島', '水戸', '宇都宮', '前橋', 'さいたま', '千葉',
  '東京', '横浜', '新潟', '富山', '金沢', '福井', '甲府', '長野', '岐阜', '静岡', '名古屋', '津', '大津',
  '京都', '大阪', '神戸', '奈良', '和歌山', '鳥取', '松江', '岡山', '広島', '山口', '徳島', '高松', '松山',
  '高知', '福岡', '佐賀', '長崎', '熊本', '大分', '宮崎', '鹿児島', '那覇',
]; // prettier-ignore

export const FIRM_WORDS = [
  'さくら', 'みどり', 'あおば', 'ひかり', 'やまと', 'あさひ', 'ふじ', 'みらい', 'つばさ', 'こだま',
  'かえで', 'すみれ', 'わかば', 'ひまわり', 'あすなろ', 'いずみ', 'はるか', 'のぞみ', 'みなと', 'たちばな',
  '青空', '若葉', '明星', '大樹', '双葉', '光陽', '誠和', '協立', '共栄', '東和',
]; // prettier-ignore

/** Name endings by partner kind. */
export const FIRM_SUFFIXES: Record<string, readonly string[]> = {
  ACCOUNTING_FIRM: ['会計事務所', '監査法人', 'アカウンティング株式会社'],
  TAX_ACCOUNTANT_OFFICE: ['税理士法人', '税理士事務所'],
  LABOR_CONSULTANT_OFFICE: ['社会保険労務士事務所', '社労士法人'],
  SYSTEM_INTEGRATOR: ['システムズ株式会社', 'テクノロジー株式会社', ' Solutions K.K.'],
  OTHER: ['コンサルティング株式会社', ' Partners LLC'],
};

/** Product modules each kind of firm onboards, its main one first. */
export const FIRM_MODULES: Record<string, readonly string[]> = {
  ACCOUNTING_FIRM: ['ACCOUNTING', 'EXPENSE', 'INVOICING', 'WORKFLOW'],
  TAX_ACCOUNTANT_OFFICE: ['ACCOUNTING', 'INVOICING', 'EXPENSE'],
  LABOR_CONSULTANT_OFFICE: ['PAYROLL', 'HR', 'ATTENDANCE'],
  SYSTEM_INTEGRATOR: ['ACCOUNTING', 'PAYROLL', 'HR', 'WORKFLOW'],
  OTHER: ['EXPENSE', 'WORKFLOW', 'ATTENDANCE'],
};

export const FIRM_DESCRIPTIONS: Record<string, string> = {
  ACCOUNTING_FIRM: '中堅・中小企業の経理業務と会計システム導入を支援しています。',
  TAX_ACCOUNTANT_OFFICE: '顧問先の記帳・決算と、クラウド会計への移行を支援しています。',
  LABOR_CONSULTANT_OFFICE: '給与計算・労務管理の設計と、人事労務システムの導入を支援しています。',
  SYSTEM_INTEGRATOR: 'Implements back-office suites end to end: requirements, setup, data migration and training.',
  OTHER: '業務改善コンサルティングの一環として、バックオフィスのクラウド化を支援しています。',
};

export const SURNAMES = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木',
  '山口', '松本', '井上', '木村', '林', '斎藤', '清水', '山崎', '森', '池田', '橋本', '阿部', '石川', '前田',
  '藤田', '小川', '岡田',
]; // prettier-ignore

export const GIVEN_NAMES = [
  '花子', '一郎', '美咲', '健', '由美', '翔', '大輔', '真理', '誠', '陽子', '直樹', '愛', '拓也', '恵',
  '浩', '彩', '亮', '舞', '隆', '結衣', '修', '早紀', '学', '千尋', '剛', '七海', '徹', '葵', '聡', '優子',
]; // prettier-ignore

export const COMPANY_FORMS = ['株式会社%s', '%s株式会社', '有限会社%s', '合同会社%s'];

export const COMPANY_MIDDLES = [
  '', 'テック', 'ネクスト', 'グローバル', 'ライフ', 'エコ', 'プラス', 'トラスト', 'クリエイト', 'ワークス',
  'ブリッジ', 'フロンティア',
]; // prettier-ignore

export const COMPANY_WORDS = [
  '商事', '精機', '物流', '建設', '食品', '電機', 'ソフトウェア', 'メディカル', '不動産', '工業', '製作所',
  'システムズ', 'フーズ', 'デザイン', '化成', '運輸', '産業', 'サービス', '興業', '薬品', '印刷', '住設',
  '技研', '設計', '商会', '電子', '農産', '観光', '教育', '珈琲',
]; // prettier-ignore

export const SURVEY_WORRIES = [
  '月次締めの運用が定着するか少し不安です。',
  'データ移行のスケジュールが遅れ気味です。',
  '現場の担当者が新しい画面に慣れるまで時間がかかりそうです。',
  '既存システムとの連携部分がまだ不安です。',
];

export const SURVEY_EVALUATIONS = [
  '要件整理が的確で、社内の合意形成が早く進みました。',
  '質問への回答が早く助かっています。',
  '操作レクチャーが分かりやすかったです。',
  '担当者の説明は丁寧ですが、進捗の共有をもう少し頻繁にしてほしいです。',
  '現場の運用に合わせた設定を提案してもらえました。',
  'The consultant knew our industry well and kept every deadline.',
];

/** Escalation subjects, one list per escalation_category (PRODUCT_QUESTION, DEFECT, DATA_PROBLEM, OTHER). */
export const ESCALATION_SUBJECTS: Record<string, readonly string[]> = {
  PRODUCT_QUESTION: ['部門別配賦の設定方法を確認したい', '承認ワークフローの分岐条件について', 'How do we set up multi-currency invoices?'],
  DEFECT: ['仕訳の一括取込でエラーが出る', '給与明細のPDFが文字化けする', 'Expense report totals do not match the receipts'],
  DATA_PROBLEM: ['旧システムの残高と移行データが一致しない', '有給休暇の残日数の移行に不整合', 'Duplicate customers after the CSV import'],
  OTHER: ['本番稼働日の変更について相談したい', '追加ライセンスの手配について', 'Training materials in English'],
}; // prettier-ignore

export const CHURN_REASONS = [
  'お客様の社内体制変更により導入を中止',
  '経営方針の変更により導入を延期',
  '他社製品への切り替え',
  'Budget frozen by the customer',
];
