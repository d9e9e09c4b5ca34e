namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>The three phases of a technology's journey (the seed's CERN model); numbered so they only go up.</summary>
public enum Phase
{
    /// <summary>R&amp;D for the facility itself, where an application is spotted.</summary>
    FacilityRnD = 1,

    /// <summary>R&amp;D outside the facility's programme: a prototype is built.</summary>
    Prototype = 2,

    /// <summary>A small or mid-sized firm sells a product built on the technology.</summary>
    SmeProduct = 3,
}
