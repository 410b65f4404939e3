// One Chromium at a time: the machines have two cores and the page timeouts are modest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
