using TechTransfer.Testing.Infrastructure;

// One set of real servers for the whole run: started before the first test, removed after the last.
[assembly: AssemblyFixture(typeof(TestInfrastructure))]
