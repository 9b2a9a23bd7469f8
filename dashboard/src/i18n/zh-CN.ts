/** Chinese (the default): the source of the message keys. */
export const zhCN = {
  title: '一老一小民生看板',
  subtitle: '托育服务（0—3 岁）实时数据',
  slots: '托位总数',
  institutionCount: '托育机构',
  filedInstitutionCount: '已备案机构',
  slotsPer1000: '每千人口托位数',
  unitSlots: '个',
  unitInstitutions: '家',
  unitPer1000: '个',
  loading: '正在加载…',
  loadFailed: '数据加载失败',
  cityNotFound: '未找到城市 {code} 的数据',
  cityCode: '城市代码 {code}',
  updatedAt: '更新于 {time}',
  graphiqlLink: 'GraphQL 接口调试（GraphiQL）',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
