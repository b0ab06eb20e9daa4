package fr.academie.portail.transfers.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutation market ready for the assignment algorithm: posts with their vacancies, participants
 * with their current post, tie-break and ordered wishes. Held in flat arrays (participant i's wishes
 * are {@code wishPost[wishStart[i] .. wishStart[i+1])}) because a campaign has 100 000 participants
 * and 3 million wishes. Built only through {@link Builder}, which refuses what makes no sense with a
 * French message naming the post or the participant at fault.
 */
public final class Market {

    final String[] postIds;
    final int[] vacancies;
    final String[] participantIds;
    final int[] currentPost;
    final long[] tiebreak;
    final int[] wishStart;
    final int[] wishPost;
    final double[] wishPoints;

    private Market(Builder b) {
        postIds = b.postIds.toArray(String[]::new);
        vacancies = Arrays.copyOf(b.vacancies, b.postIds.size());
        participantIds = b.participantIds.toArray(String[]::new);
        int n = participantIds.length;
        currentPost = Arrays.copyOf(b.currentPost, n);
        tiebreak = Arrays.copyOf(b.tiebreak, n);
        wishStart = Arrays.copyOf(b.wishStart, n + 1);
        wishStart[n] = b.wishCount;
        wishPost = Arrays.copyOf(b.wishPost, b.wishCount);
        wishPoints = Arrays.copyOf(b.wishPoints, b.wishCount);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int posts() {
        return postIds.length;
    }

    public int participants() {
        return participantIds.length;
    }

    public String postId(int post) {
        return postIds[post];
    }

    public String participantId(int participant) {
        return participantIds[participant];
    }

    public int vacancies(int post) {
        return vacancies[post];
    }

    /** The post the participant holds now, or -1. */
    public int currentPost(int participant) {
        return currentPost[participant];
    }

    public long tiebreak(int participant) {
        return tiebreak[participant];
    }

    public int wishCount(int participant) {
        return wishStart[participant + 1] - wishStart[participant];
    }

    /** The post of the participant's wish of that rank (1 = first wish). */
    public int wishPost(int participant, int rank) {
        return wishPost[wishStart[participant] + rank - 1];
    }

    public double wishPoints(int participant, int rank) {
        return wishPoints[wishStart[participant] + rank - 1];
    }

    /** Seats of a post: its vacancies plus those who hold it now (they may leave it). */
    public int[] capacities() {
        int[] capacity = vacancies.clone();
        for (int p : currentPost) {
            if (p >= 0) {
                capacity[p]++;
            }
        }
        return capacity;
    }

    /** One wish as submitted: a post id and the participant's points for it. */
    public record Wish(String post, double points) {
    }

    /** Collects posts then participants, checking each as it comes. */
    public static final class Builder {

        private final List<String> postIds = new ArrayList<>();
        private final Map<String, Integer> postIndex = new HashMap<>();
        private int[] vacancies = new int[16];
        private final List<String> participantIds = new ArrayList<>();
        private final Map<String, Integer> participantIndex = new HashMap<>();
        private int[] currentPost = new int[16];
        private long[] tiebreak = new long[16];
        private int[] wishStart = new int[17];
        private int[] wishPost = new int[64];
        private double[] wishPoints = new double[64];
        private int wishCount;
        // duplicate wishes: seenBy[post] == participant number + 1 when that participant already asked for it
        private int[] seenBy = new int[16];
        private int[] seenAtRank = new int[16];

        private Builder() {
        }

        public Builder post(String id, int vacancyCount) {
            if (id == null || id.isBlank()) {
                throw new InvalidMarketException("Un poste n'a pas d'identifiant (poste n° " + (postIds.size() + 1) + ").");
            }
            if (vacancyCount < 0) {
                throw new InvalidMarketException("Poste « " + id + " » : le nombre de postes vacants ne peut pas être négatif ("
                        + vacancyCount + ").");
            }
            if (postIndex.putIfAbsent(id, postIds.size()) != null) {
                throw new InvalidMarketException("Poste « " + id + " » : il figure deux fois dans la liste des postes.");
            }
            if (postIds.size() == vacancies.length) {
                vacancies = Arrays.copyOf(vacancies, vacancies.length * 2);
            }
            vacancies[postIds.size()] = vacancyCount;
            postIds.add(id);
            return this;
        }

        /** How many posts were added: the next post's index (posts are indexed in the order they were added, from 0). */
        public int postCount() {
            return postIds.size();
        }

        /**
         * Adds a participant; their wishes in their order of preference. Refused: an unknown post,
         * the same post twice, their own post (they keep it without asking), points that are not
         * a finite number of zero or more.
         */
        public Builder participant(String id, String current, long tiebreakValue, List<Wish> wishes) {
            String name = name(id);
            if (participantIndex.containsKey(id)) {
                throw new InvalidMarketException("Participant " + name + " : il figure deux fois dans la liste des participants.");
            }
            int own = -1;
            if (current != null) {
                Integer index = postIndex.get(current);
                if (index == null) {
                    throw new InvalidMarketException("Participant " + name + " : son poste actuel « " + current
                            + " » n'est pas dans la liste des postes.");
                }
                own = index;
            }
            List<Wish> list = wishes == null ? List.of() : wishes;
            int[] posts = new int[list.size()];
            double[] points = new double[list.size()];
            for (int rank = 1; rank <= list.size(); rank++) {
                Wish wish = list.get(rank - 1);
                if (wish == null || wish.post() == null) {
                    throw new InvalidMarketException("Participant " + name + " : le vœu n° " + rank + " ne désigne aucun poste.");
                }
                Integer post = postIndex.get(wish.post());
                if (post == null) {
                    throw new InvalidMarketException("Participant " + name + " : le vœu n° " + rank + " porte sur le poste « "
                            + wish.post() + " », qui n'est pas offert.");
                }
                posts[rank - 1] = post;
                points[rank - 1] = wish.points();
            }
            return participant(id, own, tiebreakValue, posts, points, list.size());
        }

        /**
         * The same, with the posts given by index and the first {@code count} wishes of the arrays
         * read: a campaign run adds 3 million wishes without an object each.
         */
        public Builder participant(String id, int current, long tiebreakValue, int[] posts, double[] points, int count) {
            String name = name(id);
            if (participantIndex.containsKey(id)) {
                throw new InvalidMarketException("Participant " + name + " : il figure deux fois dans la liste des participants.");
            }
            if (current < -1 || current >= postIds.size()) {
                throw new InvalidMarketException("Participant " + name + " : son poste actuel n'est pas dans la liste des postes.");
            }
            int n = participantIds.size();
            ensureParticipantRoom(n + 1);
            ensureWishRoom(wishCount + count);
            if (seenBy.length < postIds.size()) {
                seenBy = Arrays.copyOf(seenBy, Math.max(postIds.size(), seenBy.length * 2));
                seenAtRank = Arrays.copyOf(seenAtRank, seenBy.length);
            }
            int start = wishCount;
            for (int rank = 1; rank <= count; rank++) {
                int post = posts[rank - 1];
                if (post < 0 || post >= postIds.size()) {
                    throw new InvalidMarketException("Participant " + name + " : le vœu n° " + rank + " porte sur un poste qui n'est pas offert.");
                }
                String postName = postIds.get(post);
                if (post == current) {
                    throw new InvalidMarketException("Participant " + name + " : le vœu n° " + rank + " porte sur son poste actuel « "
                            + postName + " » ; il le garde sans le demander.");
                }
                if (seenBy[post] == n + 1) {
                    throw new InvalidMarketException("Participant " + name + " : le poste « " + postName
                            + " » figure deux fois dans ses vœux (vœux n° " + seenAtRank[post] + " et " + rank + ").");
                }
                seenBy[post] = n + 1;
                seenAtRank[post] = rank;
                double value = points[rank - 1];
                if (!Double.isFinite(value) || value < 0) {
                    throw new InvalidMarketException("Participant " + name + " : le barème du vœu n° " + rank
                            + " doit être un nombre positif ou nul.");
                }
                wishPost[start + rank - 1] = post;
                wishPoints[start + rank - 1] = value;
            }
            participantIndex.put(id, n);
            participantIds.add(id);
            currentPost[n] = current;
            tiebreak[n] = tiebreakValue;
            wishStart[n] = start;
            wishCount = start + count;
            return this;
        }

        private String name(String id) {
            if (id == null || id.isBlank()) {
                throw new InvalidMarketException("Participant n° " + (participantIds.size() + 1) + " : il n'a pas d'identifiant.");
            }
            return "« " + id + " »";
        }

        public Market build() {
            return new Market(this);
        }

        private void ensureParticipantRoom(int size) {
            if (size > currentPost.length) {
                int grown = Math.max(size, currentPost.length * 2);
                currentPost = Arrays.copyOf(currentPost, grown);
                tiebreak = Arrays.copyOf(tiebreak, grown);
                wishStart = Arrays.copyOf(wishStart, grown + 1);
            }
        }

        private void ensureWishRoom(int size) {
            if (size > wishPost.length) {
                int grown = Math.max(size, wishPost.length * 2);
                wishPost = Arrays.copyOf(wishPost, grown);
                wishPoints = Arrays.copyOf(wishPoints, grown);
            }
        }
    }
}
