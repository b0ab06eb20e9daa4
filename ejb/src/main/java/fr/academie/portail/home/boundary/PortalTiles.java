package fr.academie.portail.home.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.home.control.TileRule;
import fr.academie.portail.home.entity.PortalTile;
import fr.academie.portail.home.entity.TileDisplay;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import fr.academie.portail.platform.control.WebAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The home page's tiles: those meant for the caller; and, for the DSI, all of them to edit. */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class PortalTiles {

    private static final Pattern ICON = Pattern.compile("pi pi-[a-z0-9-]{1,30}");
    private static final Pattern PORTAL_PAGE = Pattern.compile("/[a-z0-9/-]{1,200}");
    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The tiles meant for the caller (their roles, function and discipline), in the DSI's order. */
    public List<TileView> forCaller() {
        Set<String> roles = ROLES.stream().filter(session::isCallerInRole).collect(Collectors.toSet());
        var data = em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", session.getCallerPrincipal().getName()).getResultStream().findFirst()
                .map(account -> account.getAgent().getData()).orElse(null);
        String function = data == null ? null : data.fonction();
        String discipline = data == null ? null : data.discipline();
        return tiles().stream()
                .filter(tile -> tile.getDisplay() == TileDisplay.SHOWN)
                .filter(tile -> TileRule.of(tile.getRoles(), tile.getFunctions(), tile.getDisciplines())
                        .shows(roles, function, discipline))
                .map(tile -> new TileView(tile.getTitle(), tile.getDescription(), tile.getIcon(), tile.getTarget(),
                        tile.isPortalPage()))
                .toList();
    }

    @RolesAllowed(Role.Names.DSI)
    public List<PortalTile> all() {
        return tiles();
    }

    private List<PortalTile> tiles() {
        return em.createNamedQuery(PortalTile.ALL, PortalTile.class).getResultList();
    }

    @RolesAllowed(Role.Names.DSI)
    public PortalTile save(TileForm form) {
        List<String> errors = new ArrayList<>();
        text(errors, "Le titre", form.title(), 80);
        text(errors, "La description", form.description(), 300);
        if (form.icon() == null || !ICON.matcher(form.icon().strip()).matches()) {
            errors.add("L'icône s'écrit « pi pi-nom » (PrimeIcons), par exemple pi pi-envelope.");
        }
        String target = form.target() == null ? "" : form.target().strip();
        if (!PORTAL_PAGE.matcher(target).matches() && !WebAddress.isHttp(target)) {
            errors.add("La destination est une page du portail (/annuaire/recherche) ou une adresse https://.");
        }
        String roles = TileRule.tidy(form.roles());
        if (roles != null) {
            Arrays.stream(roles.split("\\|")).filter(role -> !ROLES.contains(role))
                    .forEach(role -> errors.add("Rôle inconnu : « " + role + " »."));
        }
        if (form.position() < 0 || form.position() > 100_000) {
            errors.add("La position est un nombre entre 0 et 100 000.");
        }
        if (!errors.isEmpty()) {
            throw new TileRejectedException(String.join(" ", errors));
        }
        PortalTile existing = form.id() == null ? null : em.find(PortalTile.class, form.id());
        PortalTile tile = existing != null ? existing : new PortalTile(form.position());
        tile.revise(form.position(), form.title().strip(), form.description().strip(), form.icon().strip(), target, roles,
                TileRule.tidy(form.functions()), TileRule.tidy(form.disciplines()),
                form.display() == null ? TileDisplay.SHOWN : form.display());
        if (existing == null) {
            em.persist(tile); // complete before persist: the insert carries the state persist saw
        }
        return tile;
    }

    @RolesAllowed(Role.Names.DSI)
    public void remove(long id) {
        PortalTile tile = em.find(PortalTile.class, id);
        if (tile != null) {
            em.remove(tile);
        }
    }

    private static void text(List<String> errors, String what, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(what + " est obligatoire.");
        } else if (text.strip().length() > max || text.chars().anyMatch(Character::isISOControl)) {
            errors.add(what + " tient sur une ligne de " + max + " caractères au plus.");
        }
    }
}
