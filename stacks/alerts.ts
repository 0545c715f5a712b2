// Failures that exhausted their retries land in one of two queues; the owner is emailed when
// anything arrives there (CloudWatch alarm -> SNS email). Messages stay 14 days for inspection or
// redrive; the raw mail of a failed inbound event is still in S3 and can be replayed.

const FOURTEEN_DAYS = 14 * 24 * 3600;

export function createFailureQueues() {
  const queue = (name: string) =>
    new aws.sqs.Queue(name, { messageRetentionSeconds: FOURTEEN_DAYS, sqsManagedSseEnabled: true });
  return {
    /** Async Lambda on-failure destination (inbound, nudge, digest): the full invocation record. */
    failedEvents: queue("FailedEvents"),
    /** EventBridge Scheduler dead-letter queue (nudge and digest targets it could not invoke). */
    schedulerDlq: queue("SchedulerDeadLetters"),
  };
}

export interface FailureAlarmInputs {
  alertEmail: string;
  queues: { label: string; queueName: $util.Input<string> }[];
}

export function createFailureAlarms(i: FailureAlarmInputs) {
  const topic = new aws.sns.Topic("FailureAlerts", {});
  // Email subscriptions stay "pending" until the owner clicks the link AWS sends at first deploy.
  const subscription = new aws.sns.TopicSubscription("FailureAlertsOwner", {
    topic: topic.arn,
    protocol: "email",
    endpoint: i.alertEmail,
  });
  const alarms = i.queues.map(
    (q) =>
      new aws.cloudwatch.MetricAlarm(`${q.label}Alarm`, {
        alarmDescription:
          `jobnudge: something failed after all retries and was put in the ${q.label} queue. ` +
          "Open the queue in the SQS console (Send and receive messages > Poll) to see which event; " +
          "docs/deploy.md, 'Troubleshooting'.",
        namespace: "AWS/SQS",
        metricName: "NumberOfMessagesSent",
        dimensions: { QueueName: q.queueName },
        statistic: "Sum",
        period: 300,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [topic.arn],
      }),
  );
  return { topic, subscription, alarms };
}
