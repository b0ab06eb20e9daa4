package fr.academie.portail.career.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.career.control.CannotProject;
import fr.academie.portail.career.control.CareerProjection;
import fr.academie.portail.career.control.CareerProjection.Projection;
import fr.academie.portail.career.control.CareerRules;
import fr.academie.portail.career.control.Grade;
import fr.academie.portail.career.control.Grid;
import fr.academie.portail.career.control.PointValues;
import fr.academie.portail.career.entity.GradeGrid;
import fr.academie.portail.career.entity.PointValue;
import fr.academie.portail.career.entity.PromotionRule;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Career perspectives from the dossier and the grids in force today. An agent projects their own
 * career; an HR manager anyone's. Nobody else: a head of establishment reads dossiers, not careers.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.GESTIONNAIRE_RH})
public class CareerProjections {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public CareerOutlook mine() {
        return of(session.getCallerPrincipal().getName());
    }

    public CareerOutlook of(String login) {
        String caller = session.getCallerPrincipal().getName();
        if (!caller.equalsIgnoreCase(login) && !session.isCallerInRole(Role.Names.GESTIONNAIRE_RH)) {
            throw new AccessRefusedException("Accès refusé aux perspectives de carrière d'un autre agent");
        }
        Account account = em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", login)
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessRefusedException("Accès refusé aux perspectives de carrière d'un autre agent"));
        AdministrativeData data = account.getAgent().getData();
        LocalDate today = LocalDate.now(PARIS);
        List<PointValue> points = em.createNamedQuery(PointValue.ALL, PointValue.class).getResultList();
        PointValue point = points.stream().filter(p -> !p.getEffectiveFrom().isAfter(today))
                .reduce((a, b) -> b).orElse(points.get(0));
        String corps = data.corps() == null ? "" : data.corps();
        Map<Grade, GradeGrid> grids = gridsInForce(corps, today);
        String source = Grade.ofLabel(data.grade()).map(grids::get).map(GradeGrid::getSource).orElse(null);
        try {
            if (grids.isEmpty()) {
                throw new CannotProject("Aucune grille de référence pour le corps « " + corps
                        + " » : les perspectives de carrière couvrent les professeurs certifiés, agrégés, de lycée"
                        + " professionnel, des écoles et les CPE.");
            }
            PromotionRule rule = em.find(PromotionRule.class, corps);
            Map<LocalDate, BigDecimal> values = new LinkedHashMap<>();
            points.forEach(p -> values.put(p.getEffectiveFrom(), p.getMonthlyValue()));
            List<Grid> gridList = grids.values().stream().map(GradeGrid::toGrid).toList();
            CareerRules rules = CareerRules.of(corps, gridList, rule == null ? null : rule.toRule(), new PointValues(values));
            Projection p = CareerProjection.project(rules, data.grade(), data.echelon(), data.dateEchelon(), today);
            return new CareerOutlook(account.getLogin(), data.corps(), data.grade(), data.echelon(), data.dateEchelon(),
                    null, p.normal(), p.accelerated(), CareerOutlook.Promotion.of(p.horsClasse()),
                    p.afterHorsClassePromotion(), CareerOutlook.Promotion.of(p.classeExceptionnelle()),
                    point.getMonthlyValue(), point.getEffectiveFrom(), source);
        } catch (CannotProject e) {
            return new CareerOutlook(account.getLogin(), data.corps(), data.grade(), data.echelon(), data.dateEchelon(),
                    e.getMessage(), List.of(), List.of(), null, List.of(), null, point.getMonthlyValue(),
                    point.getEffectiveFrom(), source);
        }
    }

    /** For each grade of the corps, the newest grid already in force. */
    private Map<Grade, GradeGrid> gridsInForce(String corps, LocalDate today) {
        Map<Grade, GradeGrid> grids = new EnumMap<>(Grade.class);
        em.createNamedQuery(GradeGrid.OF_CORPS, GradeGrid.class).setParameter("corps", corps)
                .setParameter("date", today).getResultList()
                .forEach(grid -> grids.putIfAbsent(grid.getGrade(), grid));
        return grids;
    }
}
