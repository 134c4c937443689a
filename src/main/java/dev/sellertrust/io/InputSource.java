package dev.sellertrust.io;

import java.io.Serializable;
import java.util.List;

/** Where one dataset was found: its format, the location the user named, and every data file under it. */
public record InputSource(DatasetSpec spec, InputFormat format, String location, List<String> files)
    implements Serializable {}
