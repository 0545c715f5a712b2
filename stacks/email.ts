// SES identities: the mail domain (receives the inbox's mail, signs what jobnudge sends with DKIM)
// and, for the SES sandbox, the owner's own address. Raw aws.sesv2.EmailIdentity rather than
// sst.aws.Email: no deploy-blocking verification waiter, and nothing is sent to DNS we don't own.
import type { Account } from "./policies";
import { sesIdentityArn } from "./policies";

export interface SesIdentityInputs {
  account: Account;
  mailDomain: string;
  ownerEmail: string;
  createDomainIdentity: boolean;
  verifyOwnerAddress: boolean;
  /** When set, the MX and DKIM records are written to this Route 53 zone. */
  route53ZoneId: string | null;
}

export interface DnsRecord {
  type: "MX" | "CNAME";
  name: string;
  value: string;
}

export function createSesIdentities(i: SesIdentityInputs) {
  const domain = i.createDomainIdentity
    ? new aws.sesv2.EmailIdentity("MailDomainIdentity", { emailIdentity: i.mailDomain })
    : null;
  // Creating an address identity makes SES email the owner a verification link (sandbox only).
  const owner = i.verifyOwnerAddress
    ? new aws.sesv2.EmailIdentity("OwnerAddressIdentity", { emailIdentity: i.ownerEmail })
    : null;

  const mxValue = $interpolate`10 inbound-smtp.${i.account.region}.amazonaws.com`;
  const dkim = domain
    ? domain.dkimSigningAttributes.apply((attrs) =>
        (attrs?.tokens ?? []).map(
          (t): DnsRecord => ({
            type: "CNAME",
            name: `${t}._domainkey.${i.mailDomain}`,
            value: `${t}.dkim.amazonses.com`,
          }),
        ),
      )
    : $output([] as DnsRecord[]);
  const dnsRecords = mxValue.apply((value) =>
    dkim.apply((d): DnsRecord[] => [{ type: "MX", name: i.mailDomain, value }, ...d]),
  );

  if (i.route53ZoneId) {
    new aws.route53.Record("MailDomainMx", {
      zoneId: i.route53ZoneId,
      name: i.mailDomain,
      type: "MX",
      ttl: 300,
      records: [mxValue],
    });
    // Easy DKIM always issues three tokens.
    for (const n of [0, 1, 2]) {
      if (!domain) break;
      const token = domain.dkimSigningAttributes.apply((a) => a?.tokens?.[n] ?? "");
      new aws.route53.Record(`MailDomainDkim${n}`, {
        zoneId: i.route53ZoneId,
        name: $interpolate`${token}._domainkey.${i.mailDomain}`,
        type: "CNAME",
        ttl: 1800,
        records: [$interpolate`${token}.dkim.amazonses.com`],
      });
    }
  }

  return {
    domain,
    owner,
    dnsRecords,
    /** Identities the functions may send through (sender domain; owner address for the sandbox). */
    sendingIdentityArns: [sesIdentityArn(i.account, i.mailDomain), sesIdentityArn(i.account, i.ownerEmail)],
  };
}
