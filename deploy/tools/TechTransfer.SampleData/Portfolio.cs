namespace TechTransfer.SampleData;

/// <summary>How far a sample technology has gone; each stage includes the ones before it.</summary>
public enum Stage
{
    Disclosed,
    Declined,
    Assessed,
    Patented,
    Marketed,
    Prototype,
    Agreement,
    Licensed,
    SpinOff,
    Abandoned,
}

/// <summary>A sample technology: the disclosure, and what happened to it next.</summary>
public sealed record SampleTechnology(
    string Title, string Facility, string Lab, string Field, string[] Keywords, string Summary, string[] Applications, Stage Stage,
    bool Granted = false, string? Licensee = null, string? StartUp = null, string? Agreement = null);

/// <summary>
/// The portfolio: four facilities (CERN, JET, ITER and a national lab, PSI), a few dozen technologies at every
/// stage. Titles are unique per facility: the loader uses them to see what is already there.
/// </summary>
public static class Portfolio
{
    public static readonly IReadOnlyList<SampleTechnology> Technologies =
    [
        // CERN
        new("Quench detector for superconducting magnets", "CERN", "TE-MPE", "Superconducting magnets", ["cryogenics", "fpga", "quench"],
            "An FPGA-based detector that spots a magnet quench within microseconds and triggers protection.", ["MRI magnets", "fusion magnets"], Stage.Licensed,
            Granted: true, Licensee: "Cryo Solutions SARL"),
        new("Medipix photon-counting pixel detector", "CERN", "EP-ESE", "Radiation detection", ["pixel detector", "x-ray", "imaging"],
            "A hybrid pixel detector that counts single photons, for colour X-ray imaging.", ["medical imaging", "materials analysis"], Stage.Licensed,
            Granted: true, Licensee: "Amsterdam Scientific Instruments BV"),
        new("White Rabbit sub-nanosecond timing", "CERN", "BE-CEM", "Timing and synchronisation", ["ethernet", "timing", "synchronisation"],
            "Ethernet-based distribution of time with sub-nanosecond accuracy over kilometres of fibre.", ["power grids", "finance", "telecom"], Stage.Licensed,
            Licensee: "Seven Solutions SL"),
        new("Thin-film NEG vacuum coating", "CERN", "TE-VSC", "Vacuum technology", ["vacuum", "coating", "getter"],
            "A non-evaporable getter coating that turns a vacuum chamber into a pump.", ["synchrotrons", "solar thermal collectors"], Stage.SpinOff,
            Granted: true, StartUp: "Vacuum Getter Coatings SA"),
        new("Radiation-hard DC-DC converter", "CERN", "EP-ESE", "Power electronics", ["radiation hard", "power", "asic"],
            "A compact DC-DC converter that keeps working in strong magnetic fields and radiation.", ["space", "nuclear plants"], Stage.SpinOff,
            StartUp: "RadPower Systems SAS"),
        new("Gas electron multiplier foil", "CERN", "EP-DT", "Radiation detection", ["gas detector", "gem", "micro-pattern"],
            "A perforated polyimide foil that multiplies electrons in gas detectors.", ["neutron imaging", "dosimetry"], Stage.Agreement,
            Agreement: "Standardisation"),
        new("Crystal calorimeter readout", "CERN", "EP-CMD", "Radiation detection", ["calorimeter", "scintillator"],
            "Low-noise readout electronics for scintillating crystal calorimeters.", ["PET scanners"], Stage.Prototype),
        new("Cryogenic helium flow meter", "CERN", "TE-CRG", "Cryogenics", ["cryogenics", "helium", "flow"],
            "A flow meter for superfluid helium with no moving parts.", ["cryoplants", "hydrogen liquefaction"], Stage.Marketed),
        new("Open hardware licence toolkit", "CERN", "IPT-KT", "Software", ["open hardware", "licensing"],
            "Tooling to publish hardware designs under a strongly reciprocal licence.", ["open hardware projects"], Stage.Patented),
        new("Beam loss monitor ionisation chamber", "CERN", "SY-BI", "Beam instrumentation", ["beam loss", "ionisation chamber"],
            "A parallel-plate ionisation chamber with a wide dynamic range.", ["radiotherapy"], Stage.Assessed),
        new("Accelerator magnet 3D printing", "CERN", "EN-MME", "Additive manufacturing", ["additive manufacturing", "copper"],
            "Laser powder-bed printing of pure copper RF components.", ["RF cavities"], Stage.Disclosed),
        new("Plastic scintillator recycling", "CERN", "EP-DT", "Materials", ["scintillator", "recycling"],
            "Recovering plastic scintillator from decommissioned detectors.", ["detector building"], Stage.Abandoned),

        // JET
        new("Remote handling manipulator arm", "JET", "RACE", "Robotics", ["remote handling", "robotics", "teleoperation"],
            "A force-feedback manipulator for maintenance in radioactive areas.", ["nuclear decommissioning"], Stage.SpinOff,
            Granted: true, StartUp: "Tokamak Robotics Ltd"),
        new("Beryllium tile inspection", "JET", "Plasma Facing", "Non-destructive testing", ["beryllium", "inspection", "ultrasound"],
            "Ultrasonic inspection of beryllium tiles bonded to copper heat sinks.", ["aerospace bonding"], Stage.Licensed,
            Licensee: "NDT Dynamics Ltd"),
        new("Tritium permeation barrier", "JET", "Fuel Cycle", "Materials", ["tritium", "coating", "permeation"],
            "An oxide coating that cuts hydrogen isotope permeation a thousandfold.", ["hydrogen storage"], Stage.Agreement, Agreement: "Consulting"),
        new("Neutron camera diagnostics", "JET", "Diagnostics", "Radiation detection", ["neutron", "diagnostics"],
            "A multi-line-of-sight neutron camera for plasma profiles.", ["reactor monitoring"], Stage.Marketed),
        new("Plasma disruption predictor", "JET", "Plasma Operations", "Software", ["machine learning", "disruption"],
            "A model that predicts plasma disruptions 30 ms ahead.", ["grid stability"], Stage.Assessed),
        new("Divertor heat flux sensor", "JET", "Diagnostics", "Sensors", ["heat flux", "sensor"],
            "A sensor for extreme heat fluxes at the divertor.", ["rocket nozzles"], Stage.Declined),

        // ITER
        new("Superconducting strand test rig", "ITER", "Magnet Division", "Superconducting magnets", ["superconductor", "nb3sn", "testing"],
            "A rig that tests superconducting strands under strain at 4 K.", ["wire manufacturers"], Stage.Licensed, Licensee: "Bruker EAS GmbH"),
        new("Vacuum vessel welding inspection", "ITER", "Vacuum Vessel", "Non-destructive testing", ["welding", "inspection", "phased array"],
            "Phased-array ultrasound inspection of thick stainless steel welds.", ["shipbuilding", "pressure vessels"], Stage.SpinOff,
            StartUp: "WeldSight SAS"),
        new("Cryopump regeneration controller", "ITER", "Vacuum", "Vacuum technology", ["cryopump", "control"],
            "A controller that regenerates cryopumps in minutes instead of hours.", ["semiconductor fabs"], Stage.Agreement, Agreement: "Service"),
        new("Tokamak building seismic isolation", "ITER", "Buildings", "Civil engineering", ["seismic", "isolation"],
            "Elastomer bearings rated for nuclear buildings.", ["hospitals", "data centres"], Stage.Prototype),
        new("High-voltage neutral beam insulator", "ITER", "Heating", "Power electronics", ["high voltage", "insulator"],
            "A 1 MV insulator for neutral beam injectors.", ["HVDC links"], Stage.Patented, Granted: true),
        new("Blanket module coolant sensor", "ITER", "Blanket", "Sensors", ["coolant", "sensor"],
            "A sensor for coolant leaks in blanket modules.", ["nuclear plants"], Stage.Disclosed),

        // PSI, a national lab
        new("Muon spin rotation spectrometer", "PSI", "Muon Science", "Materials analysis", ["muon", "spectroscopy"],
            "A compact muon spin rotation spectrometer for materials research.", ["battery research"], Stage.Licensed, Licensee: "Quantum Materials AG"),
        new("Proton therapy gantry controller", "PSI", "Proton Therapy", "Medical devices", ["proton therapy", "gantry", "control"],
            "Fast spot-scanning control for proton therapy gantries.", ["cancer treatment"], Stage.SpinOff, Granted: true, StartUp: "ProtonScan AG"),
        new("Solar fuel catalyst", "PSI", "Energy", "Energy", ["catalyst", "solar fuel", "hydrogen"],
            "A catalyst for splitting water with concentrated sunlight.", ["hydrogen production"], Stage.Agreement, Agreement: "Partnership"),
        new("X-ray ptychography software", "PSI", "Photon Science", "Software", ["x-ray", "imaging", "ptychography"],
            "Reconstruction software for lensless X-ray imaging.", ["chip inspection"], Stage.Marketed),
        new("Neutron guide supermirror", "PSI", "Neutron Optics", "Materials", ["neutron", "mirror", "coating"],
            "Multilayer supermirrors that transport neutrons with little loss.", ["neutron sources"], Stage.Patented),
        new("Radioisotope separation column", "PSI", "Radiochemistry", "Medical devices", ["radioisotope", "separation"],
            "A column that separates medical radioisotopes in minutes.", ["nuclear medicine"], Stage.Disclosed),
    ];
}
