// Chinese names of the audit actions a report's history shows. Unknown actions show as recorded.
const EVENT_LABELS: Record<string, string> = {
  "report.created": "创建报告",
  "report.imported": "导入报告",
  "report.replaced_by_import": "导入覆盖报告",
  "report.saved": "保存",
  "report.submit": "提交审核",
  "report.return": "退回修改",
  "report.approve": "审核通过",
  "report.publish": "发布",
  "report.reopen": "开始更正",
  "report.cancel_publication": "取消定时发布",
  "report.comment_added": "审核意见",
  "report.comment_resolved": "意见已解决",
  "report.comment_replied": "回复审核意见",
};

export function labelEvent(action: string): string {
  return EVENT_LABELS[action] ?? action;
}
