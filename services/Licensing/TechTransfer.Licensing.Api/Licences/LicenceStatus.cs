namespace TechTransfer.Licensing.Api.Licences;

public enum LicenceStatus { Draft, Signed, Terminated, Expired }
