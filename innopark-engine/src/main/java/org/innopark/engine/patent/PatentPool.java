package org.innopark.engine.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patents of a landscape held column by column (filing and grant year, first applicant, the applicant's park,
 * main IPC group, the chain nodes tagged), so that a landscape over a million patents is one pass over arrays.
 * Applicants, parks, groups and nodes are interned to numbers. Built once, read by many landscapes.
 */
public final class PatentPool {

    private int size;
    private int[] filingYear = new int[1024];
    private int[] grantYear = new int[1024];
    private int[] applicant = new int[1024];
    private int[] park = new int[1024];
    private int[] group = new int[1024];
    private int[] tagStart = new int[1025];
    private int[] tags = new int[1024];
    private int tagCount;

    private final Names applicants = new Names();
    private final Names parks = new Names();
    private final Names groups = new Names();
    private final Names nodes = new Names();

    /** Interned names. */
    static final class Names {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> names = new ArrayList<>();

        int id(String name) {
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            return id;
        }

        int find(String name) {
            return ids.getOrDefault(name, -1);
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }
    }

    /**
     * Adds a patent.
     *
     * @param grantDate null when not granted
     * @param applicantName the first applicant as normalised (申请人归一)
     * @param parkCode the park whose enterprise the applicant is, null when outside every park
     * @param nodeKeys the nodes tagged, as {@code chain/node}
     */
    public void add(
            LocalDate filingDate,
            LocalDate grantDate,
            String applicantName,
            String parkCode,
            IpcSymbol mainIpc,
            List<String> nodeKeys) {
        if (size == filingYear.length) {
            int n = size * 2;
            filingYear = Arrays.copyOf(filingYear, n);
            grantYear = Arrays.copyOf(grantYear, n);
            applicant = Arrays.copyOf(applicant, n);
            park = Arrays.copyOf(park, n);
            group = Arrays.copyOf(group, n);
            tagStart = Arrays.copyOf(tagStart, n + 1);
        }
        filingYear[size] = filingDate.getYear();
        grantYear[size] = grantDate == null ? 0 : grantDate.getYear();
        applicant[size] = applicants.id(applicantName == null ? "" : applicantName);
        park[size] = parkCode == null ? -1 : parks.id(parkCode);
        group[size] = mainIpc == null ? -1 : groups.id(mainIpc.mainGroupSymbol().toString());
        for (String key : nodeKeys) {
            if (tagCount == tags.length) {
                tags = Arrays.copyOf(tags, tagCount * 2);
            }
            tags[tagCount++] = nodes.id(key);
        }
        size++;
        tagStart[size] = tagCount;
    }

    public int size() {
        return size;
    }

    int filingYear(int i) {
        return filingYear[i];
    }

    int grantYear(int i) {
        return grantYear[i];
    }

    int applicant(int i) {
        return applicant[i];
    }

    int park(int i) {
        return park[i];
    }

    int group(int i) {
        return group[i];
    }

    int tagStart(int i) {
        return tagStart[i];
    }

    int tagEnd(int i) {
        return tagStart[i + 1];
    }

    int tag(int k) {
        return tags[k];
    }

    Names applicants() {
        return applicants;
    }

    Names parks() {
        return parks;
    }

    Names groups() {
        return groups;
    }

    Names nodes() {
        return nodes;
    }
}
