package org.pacto.financing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.financing.calculation.Ballot;
import org.pacto.platform.ConflictException;

/**
 * A meeting of the fund's members: its agenda of proposals, who was present, the ballots and, once closed, the
 * results. A member who votes is present; a second ballot by the same member on the same proposal replaces the
 * first; a closed meeting takes no more ballots (409 {@code meeting-closed}).
 */
@Entity
@Table(schema = "financing", name = "meeting")
public class FundMeeting {

    @Id
    private UUID id;
    private UUID fundId;
    private LocalDate heldOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    private UUID[] proposals;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    private UUID[] present;
    private @Nullable Integer members;
    private @Nullable Instant closedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(schema = "financing", name = "vote", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<Vote> votes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "financing", name = "meeting_result", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<MeetingResult> results = new ArrayList<>();

    protected FundMeeting() {
        this.id = UUID.randomUUID();
        this.fundId = id;
        this.heldOn = LocalDate.EPOCH;
        this.proposals = new UUID[0];
        this.present = new UUID[0];
    }

    FundMeeting(UUID fundId, LocalDate heldOn, List<UUID> proposals) {
        this();
        this.fundId = fundId;
        this.heldOn = heldOn;
        this.proposals = proposals.toArray(UUID[]::new);
    }

    void vote(UUID member, UUID proposal, Ballot ballot) {
        open();
        if (!agenda().contains(proposal)) {
            throw new ConflictException("proposal-not-on-agenda", "the proposal is not on this meeting's agenda");
        }
        votes.removeIf(v -> v.memberId().equals(member) && v.proposalId().equals(proposal));
        votes.add(new Vote(member, proposal, ballot));
        attend(member);
    }

    void attend(UUID member) {
        open();
        var all = new LinkedHashSet<>(List.of(present));
        all.add(member);
        present = all.toArray(UUID[]::new);
    }

    void close(int memberCount, List<MeetingResult> outcome, Instant at) {
        open();
        this.members = memberCount;
        this.results = new ArrayList<>(outcome);
        this.closedAt = at;
    }

    private void open() {
        if (closedAt != null) {
            throw new ConflictException("meeting-closed", "the meeting is closed");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID fundId() {
        return fundId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public List<UUID> agenda() {
        return List.of(proposals);
    }

    public Set<UUID> present() {
        return Set.of(present);
    }

    public List<Vote> votes() {
        return List.copyOf(votes);
    }

    public List<MeetingResult> results() {
        return List.copyOf(results);
    }

    public boolean closed() {
        return closedAt != null;
    }
}
