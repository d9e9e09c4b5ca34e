using TechTransfer.EndToEndTests.Running;

// One set of real servers and one running system for the whole run. Tests take turns: one of them kills and
// restarts a service, which must not happen under another test's feet.
[assembly: AssemblyFixture(typeof(RunningSystem))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
