/// <reference path="./.sst/platform/config.d.ts" />
// Wiring only: every resource is declared in stacks/. `npx sst deploy --stage prod` (docs/deploy.md).
export default $config({
  app(input) {
    const retain = input?.stage === "prod";
    return {
      name: "jobnudge",
      home: "aws",
      version: "4.17.1",
      // prod keeps the state table and the raw-mail bucket on `sst remove`; other stages clean up.
      removal: retain ? "retain" : "remove",
      providers: {
        aws: { region: (process.env.JOBNUDGE_REGION || process.env.AWS_REGION || "us-east-1") as aws.Region },
      },
    };
  },
  async run() {
    const { existsSync } = await import("node:fs");
    const config = await import("./stacks/config");
    const checks = await import("./stacks/deploy-checks");
    const receivingChecks = await import("./stacks/receiving-checks");
    const { resourceNames } = await import("./stacks/names");
    const policies = await import("./stacks/policies");
    const { createStateTable, createMailBucket } = await import("./stacks/storage");
    const { createFailureQueues, createFailureAlarms } = await import("./stacks/alerts");
    const { createNudgeScheduling, createDigestSchedule } = await import("./stacks/scheduling");
    const { createSesIdentities } = await import("./stacks/email");
    const { createLinks } = await import("./stacks/links");
    const { createFunctions } = await import("./stacks/functions");
    const { createReceiving } = await import("./stacks/receiving");

    // Validate everything, and look at what the account already runs, before declaring anything.
    const settings = config.parseDeployConfig(process.env);
    const settingsProblems = checks.mailDomainProblems(settings);
    if (settingsProblems.length > 0) throw new config.DeployConfigError(settingsProblems);
    // The CLI hands the program each secret's value as SST_SECRET_<name> (sst.Secret reads it too).
    checks.assertHmacKey(process.env.SST_SECRET_HmacKey);
    const templates = config.templatesBuiltProblem(existsSync);
    if (templates) throw new Error(templates);
    const region = config.deployRegion(process.env);
    const regionWarning = receivingChecks.receivingRegionWarning(region);
    if (regionWarning) console.warn(regionWarning);

    const names = resourceNames($app.name, $app.stage);
    const retain = $app.removal !== "remove";
    const account = { accountId: aws.getCallerIdentityOutput({}).accountId, region };
    const ruleSetName = settings.receiving.ruleSetName ?? names.ruleSetName;
    // Refuses to switch off mail the account already receives (one active rule set per region).
    const receivingCheck = await receivingChecks.checkReceiptRuleSet(
      receivingChecks.deploySesClient(process.env, region),
      {
        region,
        inboxAddress: settings.inboxAddress,
        ownRuleSetName: names.ruleSetName,
        joinRuleSetName: settings.receiving.ruleSetName,
        activate: settings.receiving.activate,
      },
    );
    for (const warning of receivingCheck.warnings) console.warn(warning);

    const table = createStateTable({ retain });
    const mail = createMailBucket({
      account,
      prefix: names.mailPrefix,
      retentionDays: settings.mailRetentionDays,
      ruleSetName,
      ruleName: names.ruleName,
      retain,
    });
    const queues = createFailureQueues();
    const nudgeArn = policies.lambdaArn(account, names.nudgeFunction);
    const scheduling = createNudgeScheduling({
      account,
      groupName: names.scheduleGroup,
      nudgeFunctionArn: nudgeArn,
      dlqArn: queues.schedulerDlq.arn,
    });
    const ses = createSesIdentities({
      account,
      mailDomain: settings.mailDomain,
      ownerEmail: settings.owner.email,
      createDomainIdentity: settings.ses.createDomainIdentity,
      verifyOwnerAddress: settings.ses.verifyOwnerAddress,
      route53ZoneId: settings.route53ZoneId,
    });

    const links = createLinks({
      tableName: table.name,
      bucketName: mail.bucket.bucket,
      mailPrefix: names.mailPrefix,
      scheduleGroup: scheduling.group.name,
      schedulerRoleArn: scheduling.role.arn,
      nudgeTargetArn: nudgeArn,
      schedulerDlqArn: queues.schedulerDlq.arn,
      senderAddress: settings.senderAddress,
      inboxAddress: settings.inboxAddress,
      owner: settings.owner,
    });
    const fns = createFunctions({
      nudgeFunctionName: names.nudgeFunction,
      links,
      failedEventsQueueArn: queues.failedEvents.arn,
      permissions: policies.functionPermissions({
        account,
        tableArn: table.arn,
        bucketArn: mail.bucket.arn,
        mailPrefix: names.mailPrefix,
        sesIdentityArns: ses.sendingIdentityArns,
        senderAddress: settings.senderAddress,
        scheduleGroup: names.scheduleGroup,
        schedulerRoleArn: scheduling.role.arn,
        failedEventsQueueArn: queues.failedEvents.arn,
        bedrockModelId: settings.owner.modelTier === "bedrock" ? settings.owner.modelId : null,
      }),
    });

    createDigestSchedule({
      account,
      name: names.digestSchedule,
      repairName: names.repairSchedule,
      digestFunctionArn: fns.digest.arn,
      cron: config.digestCron(settings.owner),
      timezone: settings.owner.timezone,
      dlqArn: queues.schedulerDlq.arn,
    });
    const receiving = createReceiving({
      account,
      ruleSetName,
      createRuleSet: settings.receiving.create,
      activate: settings.receiving.activate,
      ruleName: names.ruleName,
      inboxAddress: settings.inboxAddress,
      bucketName: mail.bucket.bucket,
      prefix: names.mailPrefix,
      bucketPolicy: mail.policy,
      inboundFunctionName: fns.inbound.name,
      inboundFunctionArn: fns.inbound.arn,
    });
    createFailureAlarms({
      alertEmail: settings.alertEmail,
      queues: [
        { label: "FailedEvents", queueName: queues.failedEvents.name },
        { label: "SchedulerDeadLetters", queueName: queues.schedulerDlq.name },
      ],
    });

    return {
      inbox: settings.inboxAddress,
      sender: settings.senderAddress,
      actionsUrl: fns.actions.url,
      dnsRecords: ses.dnsRecords,
      receiptRuleSet: ruleSetName,
      receiptRuleSetActive: receiving.active ? "yes (this stage activated it)" : "no (activate it yourself, see docs)",
      stateTable: table.name,
      mailBucket: mail.bucket.bucket,
      // For `jobnudge redrive --stage NAME` (it reads these from .sst/outputs.json).
      stage: $app.stage,
      failedEventsQueue: queues.failedEvents.url,
      schedulerDeadLettersQueue: queues.schedulerDlq.url,
      nudgeFunction: fns.nudge.name,
      digestFunction: fns.digest.name,
    };
  },
});
