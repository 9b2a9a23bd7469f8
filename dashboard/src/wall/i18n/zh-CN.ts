/** Chinese (the default): the source of the message keys. */
export const zhCN = {
  title: '一老一小民生看板',
  subtitle: '托育服务与养老服务实时数据',
  loading: '正在加载…',
  loadFailed: '数据加载失败',
  cityNotFound: '未找到城市 {code} 的数据',
  dataAsOf: '数据截至 {time}',
  updatedAt: '更新于 {time}',
  stale: '数据可能已过时',
  connected: '实时连接正常',
  connecting: '正在连接…',
  disconnected: '实时连接已断开，正在重连（已 {seconds} 秒）；以下为断开前的数据',
  keyFigures: '核心指标',
  map: '各区县托位分布',
  mapMetricSlots: '托位数（个）',
  targets: '目标进度',
  expectedProgress: '序时进度',
  ranking: '各区县托位排名',
  mapPer1000: '各区县每千人口托位数分布',
  rankingPer1000: '各区县每千人口托位数排名',
  trend: '托位数月度走势',
  young: '一小 · 托育',
  old: '一老 · 养老',
  ticker: '最新动态',
  tickerEmpty: '暂无变更',
  focus: '聚焦：{name}',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
