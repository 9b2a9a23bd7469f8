import { registerEnumType } from 'type-graphql';

export enum Role {
  LEADER = 'LEADER',
  ANALYST = 'ANALYST',
  STAFF = 'STAFF',
  CITY_ADMIN = 'CITY_ADMIN',
  DISPLAY = 'DISPLAY',
}
registerEnumType(Role, {
  name: 'Role',
  description: '角色 / Role',
  valuesConfig: {
    LEADER: { description: '领导：查看本市全部数据 / Leader: reads everything of their city' },
    ANALYST: { description: '分析员：查看全部数据、审计日志，可运行较重的分析查询 / Analyst: reads everything, heavier queries, the audit log' },
    STAFF: { description: '工作人员：编辑本人所辖区县的机构与指标 / Staff: edits institutions and indicator values of their own districts' },
    CITY_ADMIN: { description: '市级管理员：编辑本市全部数据，管理用户、目标与大屏令牌 / City admin: edits everything of their city, manages users, targets and screen tokens' },
    DISPLAY: { description: '大屏设备：只读、可吊销、限于一个城市 / Wall screen: read-only, revocable, one city' },
  },
});
