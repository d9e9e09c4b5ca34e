namespace TechTransfer.Incubation.Api.Incubators;

/// <summary>The kinds of host the seeds name (Oxford Innovation, St. Genis Technoparc, business nurseries, science parks).</summary>
public enum IncubatorKind { Incubator, Technopark, BusinessNursery, SciencePark }
