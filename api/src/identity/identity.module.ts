import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [PartnersModule],
  providers: [
    SessionService,
    SignInThrottleService,
    AuthService,
    UsersService,
    InvitationsService,
    AuthResolver,
    UsersResolver,
    InvitationsResolver,
  ],
  exports: [SessionService, UsersService, InvitationsService],
})
export class IdentityModule {}
