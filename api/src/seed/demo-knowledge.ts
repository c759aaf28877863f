/** The demo knowledge base: articles vendor staff published for partners (and one draft). */
export interface DemoArticle {
  kind: 'HOW_TO' | 'FAQ' | 'KNOWN_ISSUE';
  productArea: string;
  tags: string[];
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
  /** Published this many days before the seed; null: still a draft. */
  publishedDaysAgo: number | null;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    kind: 'HOW_TO',
    productArea: 'PAYROLL',
    tags: ['年末調整', 'year-end adjustment'],
    titleJa: '年末調整の進め方',
    titleEn: 'Running the year-end adjustment',
    bodyJa: `年末調整は次の順で進めます。

1. **従業員への申告依頼**：「年末調整」メニューから扶養控除等申告書・保険料控除申告書の回答依頼を送信します。
2. **回答の確認**：未回答の従業員は一覧で絞り込めます。控除証明書の画像が添付されているか確認してください。
3. **計算**：12月分の給与確定後に「年税額を計算」を実行します。
4. **精算**：過不足額は12月または1月の給与で精算できます。

源泉徴収票は計算後に「帳票」から一括で出力できます。`,
    bodyEn: `Run the year-end adjustment in this order:

1. **Ask employees for their declarations**: from the "Year-end adjustment" menu, send the request for the dependants and insurance-premium declarations.
2. **Check the answers**: filter the list for employees who have not answered, and check that certificates are attached.
3. **Calculate**: once December payroll is final, run "Calculate annual tax".
4. **Settle**: refund or collect the difference in the December or January payroll.

Withholding slips can be printed in bulk from "Forms" after the calculation.`,
    publishedDaysAgo: 40,
  },
  {
    kind: 'FAQ',
    productArea: 'PAYROLL',
    tags: ['源泉徴収', '給与明細'],
    titleJa: '給与明細の源泉徴収税額が税額表と合わないのはなぜですか',
    titleEn: 'Why does the withholding tax on a payslip differ from the tax table?',
    bodyJa: `多くの場合、次のいずれかが原因です。

- 従業員情報の **税区分（甲・乙）** が正しくない
- **扶養人数** が最新の申告書の内容に更新されていない
- 通勤手当の **非課税限度額** を超えた部分が課税支給に含まれている

従業員の「税額の内訳」画面で、計算に使われた社会保険料控除後の金額と扶養人数を確認してください。`,
    bodyEn: `It is usually one of these:

- the employee's **tax column (kō / otsu)** is wrong;
- the **number of dependants** was not updated from the latest declaration;
- commuting allowance above the **tax-free limit** is counted as taxable pay.

Open the employee's "Tax breakdown" to see the amount after social insurance and the dependants used in the calculation.`,
    publishedDaysAgo: 35,
  },
  {
    kind: 'KNOWN_ISSUE',
    productArea: 'ATTENDANCE',
    tags: ['残業', 'シフト', '勤怠締め'],
    titleJa: '日付をまたぐシフトで残業時間の集計が1日ずれる',
    titleEn: 'Overtime of shifts past midnight is counted on the next day',
    bodyJa: `**状況**：22時〜翌6時のように日付をまたぐシフトで、深夜の残業時間が翌日の集計に計上されることがあります。

**回避策**：就業ルールの「日付の切り替え時刻」を 5:00 に設定してください。設定後、対象期間の「再集計」を実行すると正しく計上されます。

**修正予定**：次回のリリースで修正予定です。修正後は再集計は不要になります。`,
    bodyEn: `**Symptom**: for shifts that cross midnight (e.g. 22:00–06:00), night overtime may be counted on the next day.

**Workaround**: set "Day change time" of the work rule to 05:00, then run "Recalculate" for the period: the hours move to the right day.

**Fix**: planned for the next release; recalculating will no longer be needed then.`,
    publishedDaysAgo: 12,
  },
  {
    kind: 'HOW_TO',
    productArea: 'ACCOUNTING',
    tags: ['CSVインポート', '期首残高', 'データ移行'],
    titleJa: '他社会計ソフトからの期首残高CSVインポート',
    titleEn: 'Importing opening balances from another accounting system (CSV)',
    bodyJa: `1. 移行元で **期首時点の残高試算表** をCSVで出力します。
2. 「設定 > データ移行 > 期首残高」でテンプレートをダウンロードし、勘定科目コードを対応付けます。
3. 補助科目がある場合は、補助科目名を2列目に入力します。
4. プレビューで貸借が一致していることを確認してから取り込みます。

文字コードは UTF-8 と Shift_JIS のどちらでも取り込めます。`,
    bodyEn: `1. Export the **trial balance at the start of the fiscal year** as CSV from the old system.
2. In "Settings > Data migration > Opening balances", download the template and map the account codes.
3. Put sub-account names in the second column where you use them.
4. Check in the preview that debits equal credits, then import.

Both UTF-8 and Shift_JIS files are accepted.`,
    publishedDaysAgo: 60,
  },
  {
    kind: 'FAQ',
    productArea: 'HR',
    tags: ['従業員情報', '通勤手当'],
    titleJa: '従業員が自分で住所や通勤経路を変更できますか',
    titleEn: 'Can employees change their own address and commuting route?',
    bodyJa: `はい。「権限設定」で **従業員による変更申請** を有効にすると、従業員はマイページから住所・通勤経路の変更を申請できます。

申請は人事担当者の承認後に反映され、通勤手当は承認日を含む月の給与から再計算されます。`,
    bodyEn: `Yes. Turn on **change requests by employees** in "Permissions": employees then request address and commuting-route changes from their own page.

A request takes effect once HR approves it; the commuting allowance is recalculated from the payroll of the month of approval.`,
    publishedDaysAgo: 20,
  },
  {
    kind: 'HOW_TO',
    productArea: 'INVOICING',
    tags: ['インボイス制度', '請求書'],
    titleJa: '適格請求書（インボイス）の発行と登録番号の設定',
    titleEn: 'Issuing qualified invoices with the registration number',
    bodyJa: `1. 「事業者情報」に **適格請求書発行事業者の登録番号**（T＋13桁）を入力します。
2. 請求書テンプレートで「適格請求書として発行」を選びます。税率ごとの合計と消費税額が自動で記載されます。
3. 端数処理は請求書ごとに1回（税率ごと）です。明細ごとに丸めている場合は設定を見直してください。`,
    bodyEn: `1. Enter the **qualified invoice issuer registration number** (T + 13 digits) in "Company details".
2. In the invoice template, choose "Issue as qualified invoice": totals and consumption tax per rate are printed automatically.
3. Rounding happens once per invoice and tax rate; if you round per line, review the setting.`,
    publishedDaysAgo: 8,
  },
  {
    kind: 'KNOWN_ISSUE',
    productArea: 'EXPENSE',
    tags: ['領収書', 'スマートフォン'],
    titleJa: '一部のAndroid端末で領収書の写真が回転して取り込まれる',
    titleEn: 'Receipt photos from some Android phones are rotated',
    bodyJa: `**状況**：一部のAndroid端末で撮影した領収書が90度回転して登録されます。OCRの読み取り精度も下がります。

**回避策**：アプリ内カメラではなく端末のカメラで撮影し、「ファイルから追加」で登録してください。登録済みの画像は明細画面の回転ボタンで修正できます。`,
    bodyEn: `**Symptom**: receipts photographed on some Android phones are stored rotated by 90°, and OCR reads them less well.

**Workaround**: take the photo with the phone's own camera and add it with "Add from file". Stored images can be turned with the rotate button of the expense line.`,
    publishedDaysAgo: 3,
  },
  {
    kind: 'HOW_TO',
    productArea: 'WORKFLOW',
    tags: ['承認ルート', '経費精算'],
    titleJa: '金額に応じて経費精算の承認ルートを分ける',
    titleEn: '',
    bodyJa: `（下書き）10万円を超える経費精算だけ部長承認を追加する設定手順。`,
    bodyEn: '',
    publishedDaysAgo: null,
  },
];

/** Raise forms partner users opened and left over the last weeks: [days ago, articles opened]. */
export const DEMO_ABANDONED_DRAFTS: [number, number][] = [
  [2, 1],
  [5, 2],
  [9, 0],
  [13, 1],
  [21, 0],
];
