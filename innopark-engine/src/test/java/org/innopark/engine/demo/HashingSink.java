package org.innopark.engine.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/** A SHA-256 over the text of every record, in the order received. */
class HashingSink implements DemoSink {

    private final MessageDigest digest;

    HashingSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(Object record) {
        digest.update(record.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void park(Park park) {
        add(park);
    }

    @Override
    public void subPark(SubPark subPark) {
        add(subPark);
    }

    @Override
    public void enterprise(Enterprise enterprise) {
        add(enterprise);
    }

    @Override
    public void report(AnnualReport report) {
        add(report);
    }

    @Override
    public void qualification(Qualification qualification) {
        add(qualification);
    }

    @Override
    public void platform(InnovationPlatform platform) {
        add(platform);
    }

    @Override
    public void carrier(Carrier carrier) {
        add(carrier);
    }

    @Override
    public void talent(Talent talent) {
        add(talent);
    }

    @Override
    public void project(AttractionProject project) {
        add(project);
    }

    @Override
    public void contract(TechContract contract) {
        add(contract);
    }
}
