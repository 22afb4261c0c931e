package dev.pantau.syntax;

/**
 * A multi-word token: one surface token ("bukunya") spanning the words {@code first..last}
 * ("buku" + "nya").
 */
public record UdMultiword(int first, int last, String form, String misc) {

    public boolean noSpaceAfter() {
        return misc != null && misc.contains("SpaceAfter=No");
    }
}
