import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { District } from '../geography/district.entity.js';
import { AuthPayload, Me } from './auth.types.js';
import { login, logout, refresh } from './session.service.js';
import { User } from './user.entity.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: '登录 / Sign in' })
  login(
    @Ctx() { em, signer, clientAddress, clock }: GraphQLContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<AuthPayload> {
    return login(em, signer, username, password, { address: clientAddress, now: clock() });
  }

  @Mutation(() => AuthPayload, { description: '用刷新令牌换取新的一对令牌 / Trade a refresh token for a new pair' })
  refreshToken(@Ctx() { em, signer }: GraphQLContext, @Arg('refreshToken', () => String) refreshToken: string): Promise<AuthPayload> {
    return refresh(em, signer, refreshToken);
  }

  @Mutation(() => Boolean, { description: '退出登录：刷新令牌失效 / Sign out: the refresh token stops working' })
  logout(@Ctx() { em }: GraphQLContext, @Arg('refreshToken', () => String) refreshToken: string): Promise<boolean> {
    return logout(em, refreshToken);
  }

  @Query(() => Me, { nullable: true, description: '当前调用者，匿名时为空 / Who is calling; null when anonymous' })
  async me(@Ctx() { viewer, loaders }: GraphQLContext): Promise<Me | null> {
    if (!viewer) return null;
    const [city, districts] = await Promise.all([
      viewer.cityId === null ? null : loaders.city.load(viewer.cityId),
      Promise.all(viewer.districtIds.map((id) => loaders.district.load(id))),
    ]);
    return { kind: viewer.kind, id: viewer.id, name: viewer.name, role: viewer.role, cityCode: city?.code ?? null, districtCodes: districts.map((d) => d.code) };
  }
}

@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: '所属城市代码 / City code' })
  async cityCode(@Root() user: User, @Ctx() { loaders }: GraphQLContext): Promise<string | null> {
    return user.city ? (await loaders.city.load(user.city.id)).code : null;
  }

  @FieldResolver(() => [String], { description: '可编辑的区县代码 / Districts the account may edit' })
  async districtCodes(@Root() user: User): Promise<string[]> {
    const districts = user.districts.isInitialized() ? user.districts.getItems() : await user.districts.load({ dataloader: false });
    return districts.map((d: District) => d.code).sort();
  }
}

