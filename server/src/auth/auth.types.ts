import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Role } from './role.enums.js';
import { User } from './user.entity.js';

@ObjectType({ description: '登录结果：访问令牌与刷新令牌 / A signed-in session: access and refresh tokens' })
export class AuthPayload {
  @Field(() => String, { description: '访问令牌，放在 Authorization: Bearer 中，15 分钟有效 / Access token for Authorization: Bearer, valid 15 minutes' })
  accessToken!: string;

  @Field(() => DateTimeResolver, { description: '访问令牌到期时间 / When the access token expires' })
  accessTokenExpiresAt!: Date;

  @Field(() => String, { description: '刷新令牌，只能使用一次 / Refresh token, single use' })
  refreshToken!: string;

  @Field(() => DateTimeResolver, { description: '刷新令牌到期时间 / When the refresh token expires' })
  refreshTokenExpiresAt!: Date;

  @Field(() => User, { description: '登录的用户 / The signed-in user' })
  user!: User;
}

@ObjectType({ description: '当前调用者 / Who is calling' })
export class Me {
  @Field(() => String, { description: 'USER 或 DISPLAY / USER or DISPLAY' })
  kind!: string;

  @Field(() => ID, { description: '用户或大屏令牌的标识 / Id of the user or screen token' })
  id!: number;

  @Field(() => String, { description: '名称 / Name' })
  name!: string;

  @Field(() => Role, { description: '角色 / Role' })
  role!: Role;

  @Field(() => String, { nullable: true, description: '所属城市代码 / City code' })
  cityCode!: string | null;

  @Field(() => [String], { description: '可编辑的区县代码（工作人员）/ Districts the account may edit (staff)' })
  districtCodes!: string[];
}
