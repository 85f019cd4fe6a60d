/**
 * Traditional characters of job titles and their simplified forms, so that a title from Taiwan
 * or Hong Kong ("資訊部經理", "執行長") reads with the one Chinese lexicon (./titles/zh.ts).
 * Each pair is a traditional character followed by its simplified form.
 */
const PAIRS =
  '經经 總总 監监 長长 財财 務务 業业 銷销 師师 設设 計计 專专 員员 會会 資资 術术 發发 產产 營营 運运 採采 購购 訊讯 執执 創创 辦办 ' +
  '課课 處处 組组 協协 講讲 學学 導导 輔辅 書书 記记 廠厂 質质 檢检 測测 試试 網网 絡络 軟软 體体 碩硕 實实 驗验 電电 機机 銀银 權权 ' +
  '東东 夥伙 傳传 廣广 劃划 圖图 館馆 數数 據据 維维 護护 險险 稅税 預预 個个 戶户 區区 國国 際际 華华 職职 幹干 項项 製制 庫库 倉仓 ' +
  '儲储 貨货 規规 戰战 顧顾 問问 勞劳 動动 為为 與与 費费 價价 審审 貿贸 裝装 備备 給给 應应 鏈链 線线 纜缆 構构 築筑 內内 聯联 議议 ' +
  '團团 隊队 級级 層层 現现 場场 廳厅 飲饮 廚厨 衛卫 環环 藝艺 樂乐 聲声 視视 頻频 編编 輯辑 譯译 語语 證证 額额 門门 訓训 練练 園园 ' +
  '兒儿 醫医 藥药 療疗 診诊 獸兽 農农 漁渔 礦矿 鐵铁 鋼钢 車车 輛辆 輸输 遞递 郵邮 黨党 紀纪 統统 織织';

export const SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ').map((pair) => [pair.charAt(0), pair.charAt(1)] as const),
);
